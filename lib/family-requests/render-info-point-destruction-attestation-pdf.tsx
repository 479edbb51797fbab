import "server-only";
import { Text } from "@react-pdf/renderer";
import { LabelledRow, SimpleDocument, pdfStyles, renderPdf } from "@/lib/pdf/simple-document";
import { formatLongDateTime, formatLongDay } from "@/lib/text/french-dates";

export type InfoPointAttestationPdfInput = {
  cafName: string;
  infoPointName: string;
  signatoryName: string;
  signedAt: Date;
  requests: { reference: string; transmittedAt: Date }[];
} & (
  | { signatoryPersonalNumber: number }
  // Signed on paper or sent by e-mail, then recorded by the Caf: this PDF records what the agent entered.
  | { received: { signatoryRole: string; recordedBy: string; recordedAt: Date; paperOriginalOnFile: boolean } }
);

/** The information point's attestation that it destroyed its copies of families' requests (convention art. 2). */
export function renderInfoPointDestructionAttestationPdf(input: InfoPointAttestationPdfInput): Promise<Buffer> {
  return renderPdf(
    <SimpleDocument
      title={`Attestation de destruction — ${input.infoPointName}`}
      header={`monenfant.fr — ${input.cafName}`}
      footer={`Attestation de destruction — ${input.infoPointName} — ${formatLongDay(input.signedAt)}`}
    >
      <Text style={pdfStyles.title}>Attestation de destruction des demandes d'information des familles</Text>
      {"received" in input ? (
        <>
          <Text style={pdfStyles.paragraph}>
            La {input.cafName} a reçu l'attestation par laquelle {input.signatoryName} ({input.received.signatoryRole}),
            pour le lieu d'information « {input.infoPointName} », atteste que celui-ci a détruit toutes les copies des
            demandes d'information des familles listées ci-dessous, conformément à l'article 2 de la convention
            d'engagement de service et d'habilitation informatique « Lieu d'information ». Ce document enregistre sa
            réception.
          </Text>
          <LabelledRow label="Lieu d'information" value={input.infoPointName} />
          <LabelledRow label="Signataire" value={`${input.signatoryName} (${input.received.signatoryRole})`} />
          <LabelledRow label="Signée le" value={formatLongDay(input.signedAt)} />
          <LabelledRow
            label="Enregistrée par la Caf"
            value={`${input.received.recordedBy}, le ${formatLongDateTime(input.received.recordedAt)}`}
          />
          <LabelledRow
            label="Original"
            value={input.received.paperOriginalOnFile ? "exemplaire papier classé à la Caf" : "scan joint"}
          />
        </>
      ) : (
        <>
          <Text style={pdfStyles.paragraph}>
            Je soussigné(e) {input.signatoryName}, personne habilitée du lieu d'information « {input.infoPointName} »
            (numéro personnel {input.signatoryPersonalNumber}), atteste que le lieu d'information a détruit toutes les
            copies (fichiers PDF et XML, impressions, exports) des demandes d'information des familles listées
            ci-dessous, et n'en conserve aucune, conformément à l'article 2 de la convention d'engagement de service et
            d'habilitation informatique « Lieu d'information ».
          </Text>
          <LabelledRow label="Lieu d'information" value={input.infoPointName} />
          <LabelledRow label="Signataire" value={input.signatoryName} />
          <LabelledRow label="Numéro personnel" value={String(input.signatoryPersonalNumber)} />
          <LabelledRow label="Signée en ligne le" value={formatLongDateTime(input.signedAt)} />
        </>
      )}
      <LabelledRow label="Nombre de demandes" value={String(input.requests.length)} />
      <Text style={pdfStyles.heading}>Demandes concernées</Text>
      {input.requests.map((request) => (
        <LabelledRow
          key={request.reference}
          label={request.reference}
          value={`transmise le ${formatLongDay(request.transmittedAt)}`}
        />
      ))}
    </SimpleDocument>,
  );
}
