type PlatformAttestation = { finalAt: Date | null };

/** Said after an attestation of the platform's deletions in a list, while its month is still being deleted. */
export const provisionalMark = (attestation: PlatformAttestation) => (attestation.finalAt ? "" : ", provisoire");

/** Below a list of the platform's deletion attestations: what "provisoire" means, when one of them is. */
export function ProvisionalAttestationsNote({ attestations }: { attestations: PlatformAttestation[] }) {
  if (attestations.every((attestation) => attestation.finalAt)) return null;
  return (
    <p className="mt-2">
      Une attestation est provisoire tant que des demandes de son mois sont encore conservées : chaque suppression la
      complète. Elle est ensuite définitive.
    </p>
  );
}
