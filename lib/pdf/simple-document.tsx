import "server-only";
import type { ReactNode } from "react";
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";

// Names, addresses and e-mails must never be hyphenated across lines.
Font.registerHyphenationCallback((word) => [word]);

export const pdfStyles = StyleSheet.create({
  page: { padding: 48, fontSize: 10, fontFamily: "Helvetica", lineHeight: 1.4, color: "#161616" },
  header: { fontSize: 8, color: "#3a3a3a", marginBottom: 16 },
  title: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  heading: { fontSize: 12, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 6 },
  paragraph: { marginBottom: 6 },
  bold: { fontFamily: "Helvetica-Bold" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#929292", paddingVertical: 3 },
  label: { width: 160, fontFamily: "Helvetica-Bold" },
  value: { flex: 1 },
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

/** A4 page with our header line and a numbered footer: the frame of every generated document. */
export function SimpleDocument({
  title,
  header,
  footer,
  children,
}: {
  title: string;
  header: string;
  footer: string;
  children: ReactNode;
}) {
  return (
    <Document title={title} author="monenfant.fr" language="fr">
      <Page size="A4" style={pdfStyles.page}>
        <Text style={pdfStyles.header}>{header}</Text>
        {children}
        <View style={pdfStyles.footer} fixed>
          <Text>{footer}</Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

export function LabelledRow({ label, value }: { label: string; value: string }) {
  return (
    <View style={pdfStyles.row} wrap={false}>
      <Text style={pdfStyles.label}>{label}</Text>
      <Text style={pdfStyles.value}>{value}</Text>
    </View>
  );
}

export const renderPdf = renderToBuffer;
