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
 * Both write the page with React's synchronous `renderToStaticMarkup`, in one go, inside the same frame.
 * The Caf's request list is written the same way by the production server (its view gives a signed-in header),
 * while the App Router serves it elsewhere.
 */
export type PlainHtmlPageView<Props> = (props: Props) => {
  head: ReactNode;
  content: ReactNode;
  /** The page's header when it is not the families' (a signed-in person's, for instance). */
  header?: ReactNode;
};

// Where a page's own markup goes in markup written once: elements React writes as they are.
const HEAD_SLOT = <meta name="plain-html-page-head" />;
const CONTENT_SLOT = <template data-slot="plain-html-page-content" />;

/** Splits markup written once around its slots, each of which must be there exactly once. */
function splitAtSlots(markup: string, slots: ReactNode[]): string[] {
  return slots.reduce<string[]>(
    (parts, slot) => {
      const [before, after, ...more] = (parts.pop() ?? "").split(renderToStaticMarkup(slot));
      if (after === undefined || more.length > 0) throw new Error("A plain HTML page's slot is missing or repeated.");
      return [...parts, before ?? "", after];
    },
    [markup],
  );
}

// The families' frame (skip link, header, footer) is the same on every page: written once per process, not at
// every request (its dozen links were a tenth of a search's rendering).
let frame: { start: string; end: string } | undefined;
function familyFrame() {
  if (!frame) {
    const [start = "", end = ""] = splitAtSlots(
      renderToStaticMarkup(<PageFrame header={<FamilyHeader />}>{CONTENT_SLOT}</PageFrame>),
      [CONTENT_SLOT],
    );
    frame = { start, end };
  }
  return frame;
}

/** The page's frame and content, as HTML. */
function framedContent(content: ReactNode, header: ReactNode): string {
  if (header) return renderToStaticMarkup(<PageFrame header={header}>{content}</PageFrame>);
  const { start, end } = familyFrame();
  return `${start}${renderToStaticMarkup(content)}${end}`;
}

/** The page's component in pages/: its head through Next (next/head), its frame and content as one block of HTML. */
export function PlainHtmlPageOf<Props>(view: PlainHtmlPageView<Props>) {
  return function PlainHtmlPage(props: Props) {
    const { head, content, header } = view(props);
    return (
      <>
        <Head>{head}</Head>
        {/* A <div> that makes no box: the frame's elements lay out as the body's own. */}
        <div className="contents" dangerouslySetInnerHTML={{ __html: framedContent(content, header) }} />
      </>
    );
  };
}

const documents = new Map<string, string[]>();
/** The document around a page's head elements and body, for these stylesheets: written once. */
function documentParts(stylesheets: readonly string[]): string[] {
  const key = stylesheets.join("\n");
  let parts = documents.get(key);
  if (!parts) {
    parts = splitAtSlots(
      `<!DOCTYPE html>${renderToStaticMarkup(
        <html lang="fr">
          {/* eslint-disable-next-line @next/next/no-head-element -- written outside Next, which has no next/head here */}
          <head>
            <meta charSet="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            {HEAD_SLOT}
            {stylesheets.map((href) => (
              <link key={href} rel="stylesheet" href={href} />
            ))}
          </head>
          <body className={PAGE_BODY_CLASS}>{CONTENT_SLOT}</body>
        </html>,
      )}`,
      [HEAD_SLOT, CONTENT_SLOT],
    );
    documents.set(key, parts);
  }
  return parts;
}

/**
 * The whole document of the page, as the production server sends it: what Next sends without its wrappers
 * (its body holds what the `<div>` of `PlainHtmlPageOf` holds).
 */
export function renderPlainHtmlDocument<Props>(
  view: PlainHtmlPageView<Props>,
  props: Props,
  stylesheets: readonly string[],
): string {
  const { head, content, header } = view(props);
  const [beforeHead, beforeBody, afterBody] = documentParts(stylesheets);
  return `${beforeHead}${renderToStaticMarkup(head)}${beforeBody}${framedContent(content, header)}${afterBody}`;
}
