"use client";

import { createContext, useActionState, useContext, useState, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

const Announce = createContext<(state: FormState) => void>(() => undefined);

/**
 * The list of keys with the live region that says a revocation's outcome. The region is there before
 * anything happens (screen readers announce changes to a region, not a region appearing), and outside
 * each key's form, which leaves the page as soon as its key is revoked.
 */
export function RevocationAnnouncer({ children }: { children: ReactNode }) {
  const [outcome, setOutcome] = useState<FormState>(initialFormState);
  return (
    <Announce.Provider value={setOutcome}>
      <div role="status" aria-live="polite">
        {outcome.status === "success" && <p className="notice-success mt-2 font-bold">{outcome.message}</p>}
      </div>
      {outcome.status === "error" && (
        <p role="alert" className="notice-error mt-2 font-bold">
          {outcome.message}
        </p>
      )}
      {children}
    </Announce.Provider>
  );
}

/** One key's revocation button; its outcome goes to the RevocationAnnouncer around it. */
export function RevokeKeyForm({
  action,
  keyName,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  keyName: string;
}) {
  const announce = useContext(Announce);
  const [, formAction, pending] = useActionState(async (state: FormState, formData: FormData) => {
    const outcome = await action(state, formData);
    announce(outcome);
    return outcome;
  }, initialFormState);
  return (
    <form action={formAction} className="mt-2">
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? "Révocation…" : `Révoquer la clé ${keyName}`}
      </button>
    </form>
  );
}
