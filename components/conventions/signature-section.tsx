import type { FormState } from "@/lib/forms/form-state";
import { ActionForm } from "@/components/forms/action-form";
import { PastDateField } from "@/components/forms/past-date-field";
import type { ConventionParties } from "@/lib/conventions/parties";
import { formatLongDay } from "@/lib/text/french-dates";

type RecordedSignature = { at: Date | null; place: string | null; signatory: string | null };

const PARTIES = [
  { party: "PARTNER", label: "Signature du partenaire" },
  { party: "CAF", label: "Signature de la Caf" },
] as const;

/** Who usually signs for each party: the representative and the Caf's director, as frozen in the document. */
export function defaultSignatories(parties: ConventionParties | null) {
  if (!parties) return { PARTNER: "", CAF: "" };
  const { partner, caf } = parties;
  return {
    PARTNER: `${partner.representativeName}, ${partner.representativeTitle}`,
    CAF: `${[caf.directorCivility, caf.directorName].filter(Boolean).join(" ")}, ${caf.directorTitle}`,
  };
}

/**
 * Both parties' signatures of a convention or an avenant: those recorded, and a form for each one
 * still missing (date, place, signatory). The document takes effect on the later date.
 */
export function SignatureSection({
  idPrefix,
  recorded,
  defaultSignatories,
  action,
}: {
  idPrefix: string;
  recorded: { PARTNER: RecordedSignature; CAF: RecordedSignature };
  defaultSignatories: { PARTNER: string; CAF: string };
  action: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {PARTIES.map(({ party, label }) => {
        const signature = recorded[party];
        const id = `${idPrefix}-${party.toLowerCase()}`;
        return (
          <div key={party} className="space-y-2">
            <h3 className="font-bold">{label}</h3>
            {signature.at ? (
              <p>
                Signée à {signature.place}, le {formatLongDay(signature.at, "UTC")}, par {signature.signatory}.
              </p>
            ) : (
              <ActionForm action={action} submitLabel={`Enregistrer la ${label.toLowerCase()}`}>
                <input type="hidden" name="party" value={party} />
                <PastDateField id={`${id}-date`} name="signedOn" label="Date de signature" />
                <div>
                  <label htmlFor={`${id}-place`} className="field-label">
                    Lieu de signature
                  </label>
                  <input type="text" id={`${id}-place`} name="place" required maxLength={100} className="field-input" />
                </div>
                <div>
                  <label htmlFor={`${id}-signatory`} className="field-label">
                    Signataire (nom et qualité)
                  </label>
                  <input
                    type="text"
                    id={`${id}-signatory`}
                    name="signatory"
                    required
                    maxLength={200}
                    defaultValue={defaultSignatories[party]}
                    className="field-input"
                  />
                </div>
              </ActionForm>
            )}
          </div>
        );
      })}
    </div>
  );
}
