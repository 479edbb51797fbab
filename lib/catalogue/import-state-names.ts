import type { ImportState } from "@/lib/catalogue/facility-import-job";

export const IMPORT_STATE_NAMES: Record<ImportState, string> = {
  preview: "Vérifié, non importé",
  running: "Import en cours",
  interrupted: "Import interrompu",
  done: "Importé",
  failed: "Échec de l'import",
};
