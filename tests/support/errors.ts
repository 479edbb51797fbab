/** What a rejected promise threw, checked to be an Error: the test goes on to read its message. */
export function thrownError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  throw new Error(`Expected an Error to be thrown, got ${String(thrown)}`);
}
