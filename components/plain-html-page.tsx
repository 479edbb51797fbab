import type { ReactNode } from "react";
import Head from "next/head";
import { renderToStaticMarkup } from "react-dom/server";
import { PAGE_BODY_CLASS, PageFrame } from "@/components/page-frame";
import { FamilyHeader } from "@/components/family-header";

/**
 * A families' page served as plain HTML, without framework JavaScript (`unstable_runtimeJS: false`): nothing
 * hydrates it, so its HTML is all there is. Its view (here, in components/) and its data (lib/, see
 * lib/family-pages/plain-html-page-data.ts) are defined once and served two ways:
 * - by Next, from pages/ (`next dev`, and Next alone): `PlainHtmlPageOf` and `plainHtmlServerSideProps`;
 * - by the production server before Next (scripts/lib/plain-html-pages.ts), which writes the whole document with
 *   `renderPlainHtmlDocument`: Next's pages pipeline cost more CPU than the search it served (bench/README.md).
 * Both write the frame and content with React's synchronous `renderToStaticMarkup`, in one go.
 */
export type PlainHtmlPageView<Props> = (props: Props) => { head: ReactNode; content: ReactNode };

/** The page's component in pages/: its head through Next (next/head), its frame and content as one block of HTML. */
export function PlainHtmlPageOf<Props>(view: PlainHtmlPageView<Props>) {
  return function PlainHtmlPage(props: Props) {
    const { head, content } = view(props);
    const html = renderToStaticMarkup(<PageFrame header={<FamilyHeader />}>{content}</PageFrame>);
    return (
      <>
        <Head>{head}</Head>
        {/* A <div> that makes no box: the frame's elements lay out as the body's own. */}
        <div className="contents" dangerouslySetInnerHTML={{ __html: html }} />
      </>
    );
  };
}

/** The whole document of the page, as the production server sends it: what Next sends, without its wrappers. */
export function renderPlainHtmlDocument<Props>(
  view: PlainHtmlPageView<Props>,
  props: Props,
  stylesheets: readonly string[],
): string {
  const { head, content } = view(props);
  return `<!DOCTYPE html>${renderToStaticMarkup(
    <html lang="fr">
      {/* eslint-disable-next-line @next/next/no-head-element -- written outside Next, which has no next/head here */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {head}
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body className={PAGE_BODY_CLASS}>
        <PageFrame header={<FamilyHeader />}>{content}</PageFrame>
      </body>
    </html>,
  )}`;
}
