import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
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

/**
 * A real one-page PDF, standing for the scan of a signed paper document; `weight` adds that many bytes
 * that do not compress (an attachment), as a scanned image would.
 */
export async function scannedPdf(weight = 0): Promise<Uint8Array<ArrayBuffer>> {
  const { PDFDocument } = await import("pdf-lib");
  const document = await PDFDocument.create();
  document.addPage([595, 842]).drawText("Convention signée (scan de test)", { x: 50, y: 780 });
  if (weight > 0)
    await document.attach(randomBytes(weight), "page-scannee.bin", { mimeType: "application/octet-stream" });
  return new Uint8Array(await document.save());
}
