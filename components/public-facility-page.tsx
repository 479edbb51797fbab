import type { PublicFacilityPageProps } from "@/lib/family-pages/public-facility-page-data";
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import { displayOperatingInfoValue } from "@/lib/operating-info/operating-info-schema";
import { AvailabilityTable } from "@/components/availability/availability-table";
import { FreshnessNotice } from "@/components/availability/freshness-notice";
import { OperatingInfoList } from "@/components/operating-info/operating-info-list";
import type { PlainHtmlPageView } from "@/components/plain-html-page";
import { NotFoundMessage } from "@/components/not-found-message";

/**
 * A facility's public page (SPEC §1), a plain HTML page like the search (components/plain-html-page.tsx); its
 * data come from lib/family-pages/public-facility-page-data.ts.
 */
export const publicFacilityPageView: PlainHtmlPageView<PublicFacilityPageProps> = ({ facility }) => {
  if (!facility) {
    return { head: <title>Structure introuvable — monenfant.fr</title>, content: <NotFoundMessage /> };
  }
  const { info } = facility;
  const kind = FACILITY_KIND_LABELS[facility.kind];
  const description =
    info?.description?.slice(0, 160) ??
    `${kind} à ${facility.commune.name} : modalités d'accueil et disponibilités publiées sur monenfant.fr.`;
  const contactPhone = displayOperatingInfoValue(info, "contactPhone") ?? facility.contactPhone;
  const contactEmail = displayOperatingInfoValue(info, "contactEmail") ?? facility.contactEmail;
  const website = displayOperatingInfoValue(info, "website") ?? facility.website;
  return {
    head: (
      <>
        <title>{`${facility.name} — ${kind} à ${facility.commune.name} — monenfant.fr`}</title>
        <meta name="description" content={description} />
        <meta property="og:title" content={facility.name} />
        <meta property="og:description" content={description} />
        <meta property="og:type" content="website" />
      </>
    ),
    content: (
      <article className="space-y-8">
        <header>
          <p className="text-sm text-texte-mention">{kind}</p>
          <h1 className="text-3xl font-bold">{facility.name}</h1>
          <p className="mt-1">{`${facility.street}, ${facility.postcode} ${facility.commune.name}`}</p>
          {facility.provider && (
            <p className="text-sm text-texte-mention">{`Gestionnaire : ${facility.provider.legalName}`}</p>
          )}
        </header>

        {facility.photo && (
          // Served by our own route, with the type checked at upload; the page is plain HTML without Next's runtime.
          // eslint-disable-next-line @next/next/no-img-element -- see above
          <img src={facility.photo.src} alt={facility.photo.altText ?? ""} className="max-h-80 rounded" />
        )}

        {facility.isEaje && (
          <section aria-labelledby="disponibilites" className="card space-y-3">
            <h2 id="disponibilites" className="text-xl font-bold">
              Places disponibles
            </h2>
            {facility.availabilities ? (
              <>
                <FreshnessNotice
                  updatedAt={facility.availabilitiesUpdatedAt ? new Date(facility.availabilitiesUpdatedAt) : null}
                  audience="public"
                />
                <AvailabilityTable
                  slots={facility.availabilities.slots}
                  noPlaceAvailable={facility.availabilities.noPlaceAvailable}
                  caption={`Places disponibles à ${facility.name}`}
                />
              </>
            ) : (
              <p>La structure n'a pas publié de disponibilités. Contactez-la directement.</p>
            )}
          </section>
        )}

        <section aria-labelledby="contact" className="space-y-2">
          <h2 id="contact" className="text-xl font-bold">
            Contact
          </h2>
          <ul className="space-y-1">
            {displayOperatingInfoValue(info, "contactName") && (
              <li>Personne à contacter : {displayOperatingInfoValue(info, "contactName")}</li>
            )}
            {contactPhone && (
              <li>
                Téléphone : <a href={`tel:${contactPhone.replace(/[\s.-]/g, "")}`}>{contactPhone}</a>
              </li>
            )}
            {contactEmail && (
              <li>
                Courriel : <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
              </li>
            )}
            {website && (
              <li>
                Site web :{" "}
                <a href={website} rel="noopener noreferrer nofollow">
                  {website}
                </a>
              </li>
            )}
            {!contactPhone && !contactEmail && !website && <li>Aucun contact publié.</li>}
          </ul>
        </section>

        <section aria-labelledby="modalites" className="space-y-3">
          <h2 id="modalites" className="text-xl font-bold">
            Modalités de fonctionnement
          </h2>
          {info ? (
            <>
              {info.accessibility && (
                <div className="border-l-4 border-bleu bg-bleu-clair p-3">
                  <h3 className="font-bold">Accessibilité et accueil des enfants en situation de handicap</h3>
                  <p className="whitespace-pre-line">{info.accessibility}</p>
                </div>
              )}
              <OperatingInfoList
                content={info}
                omit={["contactName", "contactEmail", "contactPhone", "website", "accessibility"]}
              />
            </>
          ) : (
            <p>
              La structure n'a pas encore publié ses modalités de fonctionnement.
              {facility.capacity ? ` Capacité déclarée : ${facility.capacity} places.` : ""}
            </p>
          )}
        </section>
        <p className="text-sm text-texte-mention">{`Informations publiées par la structure sous le contrôle de la ${facility.caf.name}.`}</p>
      </article>
    ),
  };
};
