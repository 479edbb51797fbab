import "server-only";
import { Text } from "@react-pdf/renderer";
import { LabelledRow, SimpleDocument, pdfStyles, renderPdf } from "@/lib/pdf/simple-document";
import { careKindsText } from "./family-request-schema";
import type { FamilyRequestWithCommune } from "./family-request-xml";
import { formatLongDateTime, formatLongDay, frenchDay } from "@/lib/text/french-dates";

type Child = { status: "born" | "expected"; date: string };

export function renderFamilyRequestPdf(infoPointName: string, request: FamilyRequestWithCommune): Promise<Buffer> {
  const deletedAt = request.personalDataDeletedAt;
  const children = (request.children as Child[] | null) ?? [];
  return renderPdf(
    <SimpleDocument
      title={`Demande ${request.reference}`}
      header={`monenfant.fr — demande d'information transmise à ${infoPointName}`}
      footer={request.reference}
    >
      <Text style={pdfStyles.title}>Demande d'information {request.reference}</Text>
      <Text style={pdfStyles.paragraph}>
        Transmise le {formatLongDateTime(request.transmittedAt)} pour la commune de {request.commune.name} (INSEE{" "}
        {request.commune.inseeCode}).
      </Text>
      <Text style={pdfStyles.heading}>Famille</Text>
      {deletedAt ? (
        <Text style={pdfStyles.paragraph}>
          Données personnelles supprimées le {formatLongDay(deletedAt)} (durée de conservation de six mois).
        </Text>
      ) : (
        <>
          <LabelledRow label="Nom" value={`${request.contactFirstName} ${request.contactLastName}`} />
          <LabelledRow label="Courriel" value={request.contactEmail ?? ""} />
          {request.contactPhone && <LabelledRow label="Téléphone" value={request.contactPhone} />}
          {children.map((child, index) => (
            <LabelledRow
              key={index}
              label={`Enfant ${index + 1}`}
              value={
                child.status === "born"
                  ? `né(e) le ${frenchDay(child.date)}`
                  : `naissance prévue le ${frenchDay(child.date)}`
              }
            />
          ))}
        </>
      )}
      <Text style={pdfStyles.heading}>Accueil recherché</Text>
      {request.wishedStartDate && (
        <LabelledRow label="À partir du" value={formatLongDay(request.wishedStartDate, "UTC")} />
      )}
      <LabelledRow label="Modes d'accueil" value={careKindsText(request.careKinds)} />
      {request.schedule && <LabelledRow label="Jours et horaires" value={request.schedule} />}
      {request.message && !deletedAt && <LabelledRow label="Message" value={request.message} />}
      <Text style={[pdfStyles.paragraph, { marginTop: 16 }]}>
        La famille a consenti le {formatLongDateTime(request.consentAt)} à la transmission de ces données au lieu
        d'information, pour la seule réponse à sa demande.
      </Text>
    </SimpleDocument>,
  );
}
