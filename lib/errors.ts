/** A refusal the user can act on: its French message is shown as is. */
export class DomainError extends Error {
  constructor(
    message: string,
    public readonly status: 400 | 409 | 413 | 422 | 429 = 400,
  ) {
    super(message);
  }
}

/** A refusal of access (not signed in, not allowed, or out of scope, answered as not found). */
export class AccessDeniedError extends Error {
  constructor(
    public readonly status: 401 | 403 | 404,
    message: string,
  ) {
    super(message);
  }
}
