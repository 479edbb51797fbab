import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
// Registers the shared PDF settings (no hyphenation of names, addresses and e-mails).
import "@/lib/pdf/simple-document";
import type { ConventionType } from "@/lib/generated/prisma/enums";
import type { AnnexSnapshot } from "./annex";
import type { ConventionParties } from "./parties";
import { formatLongDay } from "@/lib/text/french-dates";

export type ConventionPdfInput = {
  number: string;
  type: ConventionType;
  requestReference: string;
  generatedAt: Date;
  template: { title: string; body: string; version: number };
  parties: ConventionParties;
  annex: AnnexSnapshot;
  // Place and date of the convention's signature, once known (printed in an avenant's annex).
  signature?: { place: string | null; date: Date | null };
  // Present for an avenant: what it changes, on whose request.
  amendment?: { number: number; requestedAt: Date; reason: string; changes: string[] };
};

const styles = StyleSheet.create({
  page: { padding: 48, paddingBottom: 56, fontSize: 10, fontFamily: "Helvetica", lineHeight: 1.4, color: "#161616" },
  header: { fontSize: 8, color: "#3a3a3a", marginBottom: 16 },
  title: { fontSize: 15, fontFamily: "Helvetica-Bold", marginBottom: 4, textAlign: "center" },
  subtitle: { fontSize: 10, marginBottom: 16, textAlign: "center" },
  heading: { fontSize: 12, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 6 },
  subheading: { fontSize: 10.5, fontFamily: "Helvetica-Bold", marginTop: 8, marginBottom: 4 },
  paragraph: { marginBottom: 6, textAlign: "justify" },
  party: { marginBottom: 8 },
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
  signatures: { flexDirection: "row", marginTop: 8, gap: 24 },
  signatureBox: { flex: 1, borderWidth: 0.5, borderColor: "#929292", padding: 8, minHeight: 120 },
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

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const BLANK = "………………………";

const DESIGNATION: Record<ConventionType, { name: string; article: string }> = {
  STRUCTURES: { name: "le fournisseur de données", article: "Pour le fournisseur de données" },
  INFO_POINT: { name: "le lieu d'information", article: "Pour le lieu d'information" },
};

/** The template body: text before the first "## " is the subject under the title; "## " starts an article, "### " a sub-article. */
export function splitTemplateBody(body: string): { subject: string; blocks: string[] } {
  const start = body.search(/^## /m);
  const subject = (start < 0 ? "" : body.slice(0, start)).trim();
  const blocks = (start < 0 ? body : body.slice(start))
    .split(/\n{2,}|\n(?=#{2,3} )/)
    .map((block) => block.trim())
    .filter(Boolean);
  return { subject, blocks };
}

function Articles({ blocks }: { blocks: string[] }) {
  return (
    <View>
      {blocks.map((block, index) => {
        const heading = /^(#{2,3}) (.*)/.exec(block.split("\n", 1)[0] ?? "");
        const text = (heading ? block.slice(block.indexOf("\n") + 1 || block.length) : block).replace(/^- /gm, "• ");
        return (
          <View key={index} wrap={!heading}>
            {heading && <Text style={heading[1] === "##" ? styles.heading : styles.subheading}>{heading[2]}</Text>}
            {text.trim() && <Text style={styles.paragraph}>{text.trim()}</Text>}
          </View>
        );
      })}
    </View>
  );
}

function Parties({ type, parties }: { type: ConventionType; parties: ConventionParties }) {
  const { partner, caf } = parties;
  const director = [caf.directorCivility, caf.directorName].filter(Boolean).join(" ");
  return (
    <View>
      <Text style={styles.heading}>Entre</Text>
      <View style={styles.party}>
        <Text style={styles.bold}>{partner.legalName}</Text>
        <Text>
          SIRET {partner.siret}, dont le siège est situé {partner.street}, {partner.postcode} {partner.city},
        </Text>
        <Text>
          représenté(e) par {partner.representativeName}, {partner.representativeTitle},
          {partner.infoPointName ? ` pour le lieu d'information « ${partner.infoPointName} »,` : ""}
        </Text>
        <Text>ci-après dénommé(e) « {DESIGNATION[type].name} »,</Text>
      </View>
      <Text style={styles.paragraph}>et</Text>
      <View style={styles.party}>
        <Text style={styles.bold}>la {caf.legalName}</Text>
        <Text>
          dont le siège est situé {caf.street}, {caf.postcode} {caf.city},
        </Text>
        <Text>
          représentée par son {caf.directorTitle.toLowerCase()}, {director},
        </Text>
        <Text>ci-après dénommée « la Caf ».</Text>
      </View>
      <Text style={styles.paragraph}>Il a été convenu ce qui suit.</Text>
    </View>
  );
}

function Signatures({ type, parties }: { type: ConventionType; parties: ConventionParties }) {
  const { partner, caf } = parties;
  return (
    <View wrap={false} style={{ marginTop: 18 }}>
      <Text style={styles.paragraph}>Fait en double exemplaire.</Text>
      <View style={styles.signatures}>
        <View style={styles.signatureBox}>
          <Text style={styles.bold}>{DESIGNATION[type].article}</Text>
          <Text>{partner.legalName}</Text>
          <Text>
            À {BLANK}, le {BLANK}
          </Text>
          <Text>
            {partner.representativeName}, {partner.representativeTitle}
          </Text>
          <Text>Signature et cachet :</Text>
        </View>
        <View style={styles.signatureBox}>
          <Text style={styles.bold}>Pour la Caf</Text>
          <Text>{caf.legalName}</Text>
          <Text>
            À {BLANK}, le {BLANK}
          </Text>
          <Text>
            {[caf.directorCivility, caf.directorName].filter(Boolean).join(" ")}, {caf.directorTitle}
          </Text>
          <Text>Signature :</Text>
        </View>
      </View>
    </View>
  );
}

function AnnexTable({ type, annex }: { type: ConventionType; annex: AnnexSnapshot }) {
  return (
    <View>
      <Text style={styles.heading}>Personnes habilitées ({annex.people.length})</Text>
      <View style={styles.headRow}>
        <Text style={styles.cell}>Nom et prénom</Text>
        <Text style={styles.wideCell}>Adresse électronique (identifiant)</Text>
        <Text style={styles.cell}>Fonction</Text>
      </View>
      {annex.people.map((person) => (
        <View key={person.email} style={styles.row} wrap={false}>
          <Text style={styles.cell}>
            {person.lastName.toUpperCase()} {person.firstName}
          </Text>
          <Text style={styles.wideCell}>{person.email}</Text>
          <Text style={styles.cell}>{person.jobTitle}</Text>
        </View>
      ))}
      {type === "STRUCTURES" ? (
        <>
          <Text style={styles.heading}>Structures ({annex.facilities.length})</Text>
          <View style={styles.headRow}>
            <Text style={styles.cell}>Type</Text>
            <Text style={styles.wideCell}>Nom et adresse</Text>
            <Text style={styles.cell}>Publication</Text>
          </View>
          {annex.facilities.map((facility) => (
            <View key={facility.id} style={styles.row} wrap={false}>
              <Text style={styles.cell}>{facility.kindLabel}</Text>
              <Text style={styles.wideCell}>
                {facility.name}, {facility.street}, {facility.postcode} {facility.city}
              </Text>
              <Text style={styles.cell}>
                {facility.operatingInfo && facility.availabilities
                  ? "Modalités de fonctionnement et disponibilités"
                  : facility.availabilities
                    ? "Disponibilités"
                    : "Modalités de fonctionnement"}
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

function Annex({ input, conventionTitle }: { input: ConventionPdfInput; conventionTitle: string }) {
  const { parties, signature } = input;
  const signed =
    signature?.date && signature.place
      ? `signée à ${signature.place}, le ${formatLongDay(signature.date, "UTC")}`
      : `signée à ${BLANK}, le ${BLANK}`;
  return (
    <View break>
      <Text style={styles.title}>Annexe 1</Text>
      <Text style={styles.subtitle}>
        {input.type === "STRUCTURES"
          ? "Personnes habilitées et structures concernées"
          : "Personnes habilitées et communes couvertes"}
      </Text>
      <Text style={styles.paragraph}>
        Conformément à l'article 3-2 de la {conventionTitle} n° {input.number}, {signed}, entre{" "}
        {parties.partner.legalName} et la {parties.caf.legalName}, la présente annexe liste les personnes habilitées
        {input.type === "STRUCTURES"
          ? " et les structures pour lesquelles elles publient des données."
          : " et les communes pour lesquelles le lieu d'information reçoit les demandes des familles."}
      </Text>
      <AnnexTable type={input.type} annex={input.annex} />
      <Signatures type={input.type} parties={parties} />
    </View>
  );
}

export function ConventionDocument({ input }: { input: ConventionPdfInput }) {
  const { parties, amendment } = input;
  const reference = amendment ? `${input.number} — avenant n° ${amendment.number}` : input.number;
  const { subject, blocks } = splitTemplateBody(input.template.body);
  const conventionTitle = lowerFirst(input.template.title);
  const year = input.generatedAt.getFullYear();
  return (
    <Document title={reference} author={parties.caf.legalName} subject={input.template.title} language="fr">
      <Page size="A4" style={styles.page}>
        <Text style={styles.header}>
          monenfant.fr — Convention n° {input.number} — Demande {input.requestReference} — Modèle version{" "}
          {input.template.version}
        </Text>
        {amendment ? (
          <>
            <Text style={styles.title}>
              Avenant n° {amendment.number} à la {conventionTitle}
            </Text>
            <Text style={styles.subtitle}>
              Convention n° {input.number}
              {input.signature?.date ? ` signée le ${formatLongDay(input.signature.date, "UTC")}` : ""} — avenant établi
              le {formatLongDay(input.generatedAt)}
            </Text>
          </>
        ) : (
          <>
            <Text style={styles.title}>{input.template.title}</Text>
            {input.type === "INFO_POINT" && (
              <Text style={styles.subtitle}>
                Année {year} — {parties.partner.infoPointName ?? parties.partner.legalName}
              </Text>
            )}
            {subject && <Text style={styles.subtitle}>{subject}</Text>}
            <Text style={styles.subtitle}>
              Convention n° {input.number}, établie le {formatLongDay(input.generatedAt)}
            </Text>
          </>
        )}

        <Parties type={input.type} parties={parties} />

        {amendment ? (
          <View>
            <Text style={styles.heading}>Article 1 — Objet de l'avenant</Text>
            <Text style={styles.paragraph}>
              À la demande expresse{" "}
              {input.type === "STRUCTURES" ? "du fournisseur de données" : "du lieu d'information"}, reçue le{" "}
              {formatLongDay(amendment.requestedAt)} ({amendment.reason}), l'annexe 1 de la convention est modifiée
              comme suit :
            </Text>
            {amendment.changes.map((change) => (
              <Text key={change} style={styles.paragraph}>
                • {change}
              </Text>
            ))}
            <Text style={styles.heading}>Article 2 — Annexe 1</Text>
            <Text style={styles.paragraph}>
              L'annexe 1 de la convention est remplacée par l'annexe 1 jointe au présent avenant.
            </Text>
            <Text style={styles.heading}>Article 3 — Prise d'effet</Text>
            <Text style={styles.paragraph}>
              Le présent avenant prend effet à la date de sa signature par les deux parties. Les autres stipulations de
              la convention restent inchangées.
            </Text>
          </View>
        ) : (
          <Articles blocks={blocks} />
        )}

        <Signatures type={input.type} parties={parties} />

        <Annex input={input} conventionTitle={conventionTitle} />

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
