import type { PageConfig } from "next";
import { PlainHtmlPageOf } from "@/components/plain-html-page";
import { publicFacilityPageView } from "@/components/public-facility-page";
import { plainHtmlServerSideProps } from "@/lib/family-pages/plain-html-page-data";
import { publicFacilityPageData } from "@/lib/family-pages/public-facility-page-data";

// A facility's public page: plain HTML without framework JavaScript, like the search (pages/recherche.tsx).
// In production the server answers it before Next (scripts/lib/plain-html-pages.ts).
export const config: PageConfig = { unstable_runtimeJS: false };

// Imported by getServerSideProps only: Next leaves the data side (database, env) out of the page's client bundle.
export const getServerSideProps = plainHtmlServerSideProps(publicFacilityPageData);

export default PlainHtmlPageOf(publicFacilityPageView);
