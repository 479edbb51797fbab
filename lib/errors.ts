/** A refusal the user can act on: its French message is shown as is. */
export class DomainError extends Error {
  constructor(
    message: string,
    public readonly status: 400 | 409 | 422 | 429 = 400,
  ) {
    super(message);
  }
}
