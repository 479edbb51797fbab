import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
// Registers the shared PDF settings (no hyphenation of names, addresses and e-mails).
import "@/lib/pdf/simple-document";
import type { ConventionType } from "@/lib/generated/prisma/enums";
import type { AnnexSnapshot } from "./annex";

export type ConventionPdfInput = {
  number: string;
  type: ConventionType;
  requestReference: string;
  generatedAt: Date;
  template: { title: string; body: string; version: number };
  caf: { name: string; directorName: string; street: string; postcode: string; city: string };
  provider: {
    legalName: string;
    siret: string;
    street: string;
    postcode: string;
    city: string;
    legalRepresentativeName: string;
    legalRepresentativeTitle: string;
  };
  infoPointName?: string | null;
  annex: AnnexSnapshot;
  // Present for an avenant: what it changes, on whose request.
  amendment?: { number: number; requestedAt: Date; reason: string; changes: string[] };
};

const styles = StyleSheet.create({
  page: { padding: 48, fontSize: 10, fontFamily: "Helvetica", lineHeight: 1.4, color: "#161616" },
  header: { fontSize: 8, color: "#3a3a3a", marginBottom: 16 },
  title: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  subtitle: { fontSize: 10, marginBottom: 16 },
  heading: { fontSize: 12, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 6 },
  paragraph: { marginBottom: 6 },
  party: { marginBottom: 10, padding: 8, backgroundColor: "#f6f6f6" },
  bold: { fontFamily: "Helvetica-Bold" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#929292", paddingVertical: 3 },
  headRow: {
    flexDirection: "row",
    borderBottomWidth: 1,
    borderBottomColor: "#161616",
    paddingVertical: 3,
    fontFamily: "Helvetica-Bold",
  },
  cell: { flex: 1, paddingRight: 6 },
  wideCell: { flex: 2, paddingRight: 6 },
  signatures: { flexDirection: "row", marginTop: 24, gap: 24 },
  signatureBox: { flex: 1, borderWidth: 0.5, borderColor: "#929292", padding: 8, height: 110 },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 48,
    right: 48,
    fontSize: 8,
    color: "#3a3a3a",
    flexDirection: "row",
    justifyContent: "space-between",
  },
});

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

// Template bodies use "## " for article headings; everything else is a paragraph.
function Articles({ body }: { body: string }) {
  return (
    <View>
      {body
        .split(/\n{2,}|\n(?=## )/)
        .map((block) => block.trim())
        .filter(Boolean)
        .map((block, index) =>
          block.startsWith("## ") ? (
            <View key={index} wrap={false}>
              <Text style={styles.heading}>{block.slice(3).split("\n")[0]}</Text>
              {block.includes("\n") && <Text style={styles.paragraph}>{block.slice(block.indexOf("\n") + 1)}</Text>}
            </View>
          ) : (
            <Text key={index} style={styles.paragraph}>
              {block}
            </Text>
          ),
        )}
    </View>
  );
}

function Annex({ type, annex }: { type: ConventionType; annex: AnnexSnapshot }) {
  return (
    <View break>
      <Text style={styles.title}>Annexe 1</Text>
      <Text style={styles.heading}>Personnes habilitées ({annex.people.length})</Text>
      <View style={styles.headRow}>
        <Text style={styles.cell}>Nom et prénom</Text>
        <Text style={styles.cell}>Fonction</Text>
        <Text style={styles.wideCell}>Adresse électronique (identifiant)</Text>
      </View>
      {annex.people.map((person) => (
        <View key={person.email} style={styles.row} wrap={false}>
          <Text style={styles.cell}>
            {person.lastName.toUpperCase()} {person.firstName}
          </Text>
          <Text style={styles.cell}>{person.jobTitle}</Text>
          <Text style={styles.wideCell}>{person.email}</Text>
        </View>
      ))}
      {type === "STRUCTURES" ? (
        <>
          <Text style={styles.heading}>Structures ({annex.facilities.length})</Text>
          <View style={styles.headRow}>
            <Text style={styles.wideCell}>Structure</Text>
            <Text style={styles.wideCell}>Adresse</Text>
            <Text style={styles.cell}>Publications autorisées</Text>
          </View>
          {annex.facilities.map((facility) => (
            <View key={facility.id} style={styles.row} wrap={false}>
              <Text style={styles.wideCell}>
                {facility.name} ({facility.kindLabel})
              </Text>
              <Text style={styles.wideCell}>
                {facility.street}, {facility.postcode} {facility.city}
              </Text>
              <Text style={styles.cell}>
                {[facility.operatingInfo && "Modalités", facility.availabilities && "Disponibilités"]
                  .filter(Boolean)
                  .join(", ")}
              </Text>
            </View>
          ))}
        </>
      ) : (
        <>
          <Text style={styles.heading}>Communes couvertes ({annex.communes.length})</Text>
          {annex.communes.map((commune) => (
            <View key={commune.inseeCode} style={styles.row} wrap={false}>
              <Text style={styles.wideCell}>{commune.name}</Text>
              <Text style={styles.cell}>Code INSEE {commune.inseeCode}</Text>
              <Text style={styles.cell}>{commune.postcodes.join(", ")}</Text>
            </View>
          ))}
        </>
      )}
    </View>
  );
}

export function ConventionDocument({ input }: { input: ConventionPdfInput }) {
  const { caf, provider, amendment } = input;
  const reference = amendment ? `${input.number} — avenant n° ${amendment.number}` : input.number;
  return (
    <Document title={reference} author={caf.name} subject={input.template.title} language="fr">
      <Page size="A4" style={styles.page}>
        <Text style={styles.header}>
          monenfant.fr — {caf.name} — Convention n° {input.number} — Demande {input.requestReference} — Modèle version{" "}
          {input.template.version}
        </Text>
        <Text style={styles.title}>
          {amendment ? `Avenant n° ${amendment.number} à la convention n° ${input.number}` : input.template.title}
        </Text>
        <Text style={styles.subtitle}>
          {amendment
            ? `Établi le ${dateFormat.format(input.generatedAt)}`
            : `Convention n° ${input.number}, établie le ${dateFormat.format(input.generatedAt)}`}
        </Text>

        <Text style={styles.heading}>Entre les soussignés</Text>
        <View style={styles.party}>
          <Text style={styles.bold}>{caf.name}</Text>
          <Text>
            {caf.street}, {caf.postcode} {caf.city}
          </Text>
          <Text>Représentée par {caf.directorName}, directeur ou directrice, ci-après « la Caf »,</Text>
        </View>
        <Text style={styles.paragraph}>et</Text>
        <View style={styles.party}>
          <Text style={styles.bold}>{provider.legalName}</Text>
          <Text>SIRET {provider.siret}</Text>
          <Text>
            {provider.street}, {provider.postcode} {provider.city}
          </Text>
          <Text>
            Représenté(e) par {provider.legalRepresentativeName}, {provider.legalRepresentativeTitle}, ci-après «{" "}
            {input.type === "STRUCTURES" ? "le fournisseur de données" : "le lieu d'information"} »
            {input.infoPointName ? `, pour le lieu d'information « ${input.infoPointName} »` : ""}.
          </Text>
        </View>

        {amendment ? (
          <View>
            <Text style={styles.heading}>Objet de l'avenant</Text>
            <Text style={styles.paragraph}>
              À la demande expresse du partenaire, reçue le {dateFormat.format(amendment.requestedAt)} (
              {amendment.reason}), l'annexe 1 de la convention est modifiée comme suit :
            </Text>
            {amendment.changes.map((change) => (
              <Text key={change} style={styles.paragraph}>
                • {change}
              </Text>
            ))}
            <Text style={styles.paragraph}>
              Les autres stipulations de la convention restent inchangées. L'annexe 1 mise à jour est jointe.
            </Text>
          </View>
        ) : (
          <Articles body={input.template.body} />
        )}

        <View style={styles.signatures} wrap={false}>
          <View style={styles.signatureBox}>
            <Text style={styles.bold}>Pour la Caf</Text>
            <Text>{caf.directorName}</Text>
            <Text>Date et signature :</Text>
          </View>
          <View style={styles.signatureBox}>
            <Text style={styles.bold}>Pour {provider.legalName}</Text>
            <Text>
              {provider.legalRepresentativeName}, {provider.legalRepresentativeTitle}
            </Text>
            <Text>Date, signature et cachet :</Text>
          </View>
        </View>

        <Annex type={input.type} annex={input.annex} />

        <View style={styles.footer} fixed>
          <Text>{reference}</Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

export function renderConventionPdf(input: ConventionPdfInput): Promise<Buffer> {
  return renderToBuffer(<ConventionDocument input={input} />);
}
