import "server-only";
import { Text } from "@react-pdf/renderer";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { LabelledRow, SimpleDocument, pdfStyles, renderPdf } from "@/lib/pdf/simple-document";
import { RETENTION_MONTHS } from "./purge-expired-family-data";
import { infoPointsOf } from "./info-point-scope";
import { formatLongDay, formatMonth } from "@/lib/text/french-dates";

/** The last day a request of `month` ("YYYY-MM") may still be kept: the end of the sixth month after it (UTC). */
function lastRetentionDay(month: string): Date {
  const [year = 0, monthNumber = 1] = month.split("-").map(Number);
  return new Date(Date.UTC(year, monthNumber + RETENTION_MONTHS, 0));
}

/**
 * The attestation, for its information point's people, its Caf's agents and the Cnaf: under the names it was
 * issued with, so that a later rename does not change it.
 */
export async function getDestructionAttestationPdf(actor: SessionUser, id: string) {
  const attestation = await db.destructionAttestation.findUnique({
    where: { id },
    include: { infoPoint: { select: { cafId: true } } },
  });
  const allowed =
    attestation &&
    (actor.role === "CNAF_ADMIN" ||
      (actor.role === "CAF_AGENT" && actor.cafId === attestation.infoPoint.cafId) ||
      (actor.role !== "CAF_AGENT" && (await infoPointsOf(actor)).some((p) => p.id === attestation.infoPointId)));
  if (!attestation || !allowed) throw new AccessDeniedError(404, "Attestation introuvable.");
  const month = formatMonth(new Date(`${attestation.month}-01T00:00:00Z`));
  const pdf = await renderPdf(
    <SimpleDocument
      title={`Attestation de destruction ${attestation.month}`}
      header={`monenfant.fr — ${attestation.cafName}`}
      footer={`Attestation ${attestation.infoPointName} — ${attestation.month}`}
    >
      <Text style={pdfStyles.title}>Attestation de destruction de données personnelles</Text>
      {!attestation.finalAt && (
        <Text style={pdfStyles.paragraph}>
          Attestation provisoire : les demandes transmises en {month} dont la durée de conservation court encore
          jusqu'au {formatLongDay(lastRetentionDay(attestation.month))} y seront ajoutées à leur suppression. Elle sera
          ensuite définitive.
        </Text>
      )}
      <Text style={pdfStyles.paragraph}>
        Les données personnelles des familles contenues dans les demandes d'information transmises en {month} au lieu
        d'information « {attestation.infoPointName} » ont été supprimées le {formatLongDay(attestation.destroyedAt)}, à
        l'issue de la durée de conservation de {RETENTION_MONTHS} mois.
      </Text>
      <LabelledRow label="Lieu d'information" value={attestation.infoPointName} />
      <LabelledRow label="Mois de transmission" value={month} />
      <LabelledRow label="Nombre de demandes" value={String(attestation.requestCount)} />
      <Text style={pdfStyles.heading}>Références des demandes concernées</Text>
      <Text style={pdfStyles.paragraph}>{attestation.references.join(", ")}</Text>
      <Text style={pdfStyles.paragraph}>
        Seules subsistent, à des fins statistiques, la référence, la commune, la date de transmission et les modes
        d'accueil demandés.
      </Text>
    </SimpleDocument>,
  );
  const status = attestation.finalAt ? "" : "-provisoire";
  return {
    fileName: `attestation-destruction-${attestation.month}${status}.pdf`,
    content: pdf,
    mimeType: "application/pdf",
  };
}
