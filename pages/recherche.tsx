import type { PageConfig } from "next";
import { PlainHtmlPageOf } from "@/components/plain-html-page";
import { searchPageView } from "@/components/search/search-page";
import { plainHtmlServerSideProps } from "@/lib/family-pages/plain-html-page-data";
import { searchPageData } from "@/lib/family-pages/search-page-data";

/*
 * The families' search, served as plain HTML: no framework JavaScript (Next's runtime and React are not
 * sent, `unstable_runtimeJS` of the pages router), only the form's small script. Families search on phones,
 * often slow ones; links and the GET form need nothing more, and the page is shown and usable as soon as
 * its HTML and styles arrive. The App Router cannot leave its runtime out, hence this page lives in pages/.
 * In production the server answers it before Next (scripts/lib/plain-html-pages.ts).
 */
export const config: PageConfig = { unstable_runtimeJS: false };

// Imported by getServerSideProps only: Next leaves the data side (database, env) out of the page's client bundle.
export const getServerSideProps = plainHtmlServerSideProps(searchPageData);

export default PlainHtmlPageOf(searchPageView);
