import type { Metadata } from "next";
import { Link } from "@/components/link";
import { requirePageUser } from "@/lib/auth/session";
import { listCafChoices } from "@/lib/catalogue/list-caf-choices";
import { FACILITY_KIND_OPTIONS, facilityFormValues } from "@/lib/catalogue/facility-form-values";
import { db } from "@/lib/db";
import { FacilityForm } from "@/components/catalogue/facility-form";
import { createFacilityAction } from "../actions";

export const metadata: Metadata = { title: "Ajouter une structure" };

export default async function NewFacilityPage() {
  const user = await requirePageUser("/caf", "/caf/structures/nouvelle");
  const agentCaf = user.cafId
    ? await db.caf.findUnique({ where: { id: user.cafId }, select: { name: true, departementCode: true } })
    : null;
  const cafs = user.role === "CNAF_ADMIN" ? await listCafChoices() : undefined;
  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href="/caf/structures">Catalogue des structures</Link>
      </p>
      <h1 className="text-3xl font-bold">Ajouter une structure</h1>
      {agentCaf && (
        <p>
          La structure est ajoutée au catalogue de la {agentCaf.name} (département {agentCaf.departementCode}).
        </p>
      )}
      <FacilityForm
        action={createFacilityAction}
        initial={facilityFormValues()}
        kinds={FACILITY_KIND_OPTIONS}
        cafs={cafs}
        departementCode={agentCaf?.departementCode}
        submitLabel="Ajouter la structure"
      />
    </div>
  );
}
