import { requireRole } from "@/lib/auth/session";
import { fileResponse } from "@/lib/http/file-response";
import { IMPORT_TEMPLATE_CSV } from "@/lib/catalogue/parse-facility-csv";

export async function GET() {
  return fileResponse(async () => {
    await requireRole(["CAF_AGENT", "CNAF_ADMIN"]);
    return {
      fileName: "modele-import-structures.csv",
      content: Buffer.from(`\uFEFF${IMPORT_TEMPLATE_CSV}\r\n`, "utf8"),
      mimeType: "text/csv; charset=utf-8",
    };
  });
}
