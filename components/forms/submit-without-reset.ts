import { startTransition, type SubmitEvent } from "react";

/**
 * React resets a form after its action runs, which would wipe what the person typed when the server
 * answers with errors. With JavaScript, submit through a transition instead; without it, the form's
 * action attribute still posts normally.
 */
export function submitWithoutReset(action: (data: FormData) => void) {
  return (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
}
