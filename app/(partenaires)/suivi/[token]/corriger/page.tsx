import type { Metadata } from "next";
import { Link } from "@/components/link";
import type { FollowUp } from "@/lib/habilitation/get-follow-up";
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import { RequestWizard, type Draft } from "@/components/habilitation/request-wizard";
import { WithFollowUp } from "@/components/habilitation/follow-up-refused";
import { correctRequestAction } from "./actions";

export const metadata: Metadata = { title: "Corriger votre demande d'habilitation", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** The request as the Caf holds it, in the wizard's shape: the requester edits it instead of starting over. */
function draftOf({ request }: FollowUp): Draft {
  return {
    provider: {
      legalName: request.legalName,
      siret: request.siret,
      street: request.street,
      postcode: request.postcode,
      city: request.city,
      legalRepresentativeName: request.legalRepresentativeName,
      legalRepresentativeTitle: request.legalRepresentativeTitle,
      email: request.email,
      phone: request.phone,
    },
    departementCode: request.caf.departementCode,
    facilities: request.facilities.map(({ facilityId, facility, operatingInfo, availabilities }) => ({
      id: facilityId,
      name: facility.name,
      kindLabel: FACILITY_KIND_LABELS[facility.kind],
      isEaje: facility.isEaje,
      city: facility.commune.name,
      operatingInfo,
      availabilities,
    })),
    newFacilities: request.newFacilities.map((f) => ({
      kind: f.kind,
      name: f.name,
      street: f.street,
      postcode: f.postcode,
      communeInsee: f.communeInsee,
      communeName: f.commune.name,
      operatingInfo: f.operatingInfo,
      availabilities: f.availabilities,
    })),
    infoPointName: request.infoPointName ?? "",
    communes: request.communes.map(({ communeInsee, commune }) => ({
      inseeCode: communeInsee,
      name: commune.name,
      postcodes: commune.postcodes,
    })),
    people: request.people.map(({ firstName, lastName, email, jobTitle }) => ({
      firstName,
      lastName,
      email,
      jobTitle,
    })),
    certified: false,
    website: "",
  };
}

export default async function CorrectRequestPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <WithFollowUp token={token}>{(followUp) => <CorrectionContent token={token} followUp={followUp} />}</WithFollowUp>
  );
}

function CorrectionContent({ token, followUp }: { token: string; followUp: FollowUp }) {
  if (!followUp.changesRequested)
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">Demande {followUp.reference}</h1>
        <p>La Caf ne vous demande pas de compléments : la demande ne se modifie pas en ce moment.</p>
        <Link href={`/suivi/${token}`}>Retour au suivi de la demande</Link>
      </div>
    );
  const { caf } = followUp.request;
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold">Corriger la demande {followUp.reference}</h1>
      <p className="mt-2">
        <Link href={`/suivi/${token}`}>Retour au suivi de la demande</Link>
      </p>
      <blockquote className="mt-4 border-l-4 border-bleu bg-bleu-clair p-3">
        Ce que la Caf vous demande : {followUp.changesRequested}
      </blockquote>
      <div className="mt-8">
        <RequestWizard
          type={followUp.type}
          cafs={[
            {
              departementCode: caf.departementCode,
              departementName: caf.departement.name,
              name: caf.name,
              email: caf.email,
              phone: caf.phone,
            },
          ]}
          submitAction={correctRequestAction.bind(null, token)}
          correction={{ draft: draftOf(followUp) }}
        />
      </div>
    </div>
  );
}
