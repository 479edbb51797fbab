"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import type { PayloadActionResult } from "@/lib/forms/run-payload-action";

/**
 * The submit logic of an editor that sends a JSON payload to a server action (passed in by the page):
 * checks the payload with the same schema as the server first, then shows the server's answer — errors
 * per field and a summary message, or a success message that takes the focus once the page is refreshed.
 * `fieldOf` maps an error path to the field that shows it (by default the whole path, e.g. "slots.0.places").
 * A refusal's `details` are kept until the next submission. `onErrors` hears the errors shown (a form in steps goes to the step of the first one); `onSuccess`, when
 * given, replaces the refresh (a form that leaves for a confirmation page).
 */
export function usePayloadAction<Details = never>({
  action,
  schema,
  invalidMessage,
  fieldOf = (path) => path,
  onErrors,
  onSuccess,
}: {
  action: (payload: unknown) => Promise<PayloadActionResult<Details>>;
  schema: z.ZodType;
  invalidMessage: string;
  fieldOf?: (path: string) => string;
  onErrors?: (errors: Record<string, string>) => void;
  onSuccess?: (result: Extract<PayloadActionResult<Details>, { ok: true }>) => void;
}) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [details, setDetails] = useState<Details | null>(null);
  const [pending, startTransition] = useTransition();
  const successRef = useRef<HTMLParagraphElement>(null);

  function showErrors(fieldErrors: Record<string, string>, formMessage: string) {
    const shown: Record<string, string> = {};
    for (const [path, error] of Object.entries(fieldErrors)) shown[fieldOf(path)] ??= error;
    setErrors(shown);
    setMessage(formMessage);
    onErrors?.(shown);
  }

  function submit(payload: unknown) {
    setSuccess(null);
    setDetails(null);
    const checked = schema.safeParse(payload);
    if (!checked.success) {
      showErrors(fieldErrorsOf(checked.error), invalidMessage);
      return;
    }
    startTransition(async () => {
      const result = await action(payload);
      if (!result.ok) {
        showErrors(result.fieldErrors ?? {}, result.message);
        setDetails(result.details ?? null);
        return;
      }
      setErrors({});
      setMessage(null);
      if (onSuccess) {
        onSuccess(result);
        return;
      }
      setSuccess(result.message);
      router.refresh();
      requestAnimationFrame(() => successRef.current?.focus());
    });
  }

  return { errors, setErrors, message, setMessage, details, success, successRef, pending, submit };
}
