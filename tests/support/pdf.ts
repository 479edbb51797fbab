import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The text of a PDF as poppler reads it, white space folded so wrapped table cells read as one line. */
export function pdfText(pdf: Buffer | string): string {
  let file = typeof pdf === "string" ? pdf : "";
  if (typeof pdf !== "string") {
    file = path.join(mkdtempSync(path.join(tmpdir(), "pdf-")), "document.pdf");
    writeFileSync(file, pdf);
  }
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

/** A real one-page PDF, standing for the scan of a signed paper document. */
export async function scannedPdf(): Promise<Uint8Array<ArrayBuffer>> {
  const { PDFDocument } = await import("pdf-lib");
  const document = await PDFDocument.create();
  document.addPage([595, 842]).drawText("Convention signée (scan de test)", { x: 50, y: 780 });
  return new Uint8Array(await document.save());
}
