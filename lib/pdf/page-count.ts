import "server-only";
import { PDFDocument } from "pdf-lib";

/**
 * Pages of an uploaded file read as a PDF, 0 when it is not one. The declared type is the browser's guess:
 * an upload is a real PDF only if its bytes parse with at least one page.
 */
export function pdfPageCount(content: Uint8Array): Promise<number> {
  return PDFDocument.load(content, { ignoreEncryption: true, updateMetadata: false })
    .then((pdf) => pdf.getPageCount())
    .catch(() => 0);
}
