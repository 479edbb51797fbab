import { ZodError } from "zod";

/** The issues of the ZodError a use case throws for invalid input; any other outcome fails the test. */
export async function zodIssuesOf(work: Promise<unknown>) {
  const outcome = await work.then(
    () => new Error("The input was accepted."),
    (refusal: unknown) => refusal,
  );
  if (!(outcome instanceof ZodError)) throw outcome;
  return outcome.issues;
}
