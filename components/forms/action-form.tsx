"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { submitWithoutReset } from "@/components/forms/submit-without-reset";

type ActionFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary";
  encType?: "multipart/form-data";
  children?: ReactNode;
};

/** A form bound to a server action, announcing its outcome (success or French errors) to everyone. */
export function ActionForm({
  action,
  submitLabel,
  pendingLabel = "Enregistrement…",
  variant = "primary",
  encType,
  children,
}: ActionFormProps) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") messageRef.current?.focus();
  }, [state]);
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} encType={encType} className="space-y-4">
      {state.status !== "idle" && (
        <div
          ref={messageRef}
          tabIndex={-1}
          role={state.status === "error" ? "alert" : "status"}
          className={state.status === "error" ? "notice-error" : "notice-success"}
        >
          <p className="font-bold">{state.message}</p>
          {state.fieldErrors && (
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(state.fieldErrors).map(([field, message]) => (
                <li key={field}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {children}
      <button type="submit" className={variant === "primary" ? "btn-primary" : "btn-secondary"} disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
