import type { ReactNode } from "react";
import Head from "next/head";
import { renderToStaticMarkup } from "react-dom/server";
import { PageFrame } from "@/components/page-frame";

/**
 * A page of pages/ served without framework JavaScript (`unstable_runtimeJS: false`): its <head> elements go
 * through Next (next/head), its frame and content are written at once as HTML by React's synchronous renderer,
 * in a <div> that makes no box. Nothing hydrates these pages, so the HTML is what rendering in place gives, for
 * half the CPU: through Next's streaming renderer an uncached search cost 3.6–4.0 ms of a process's CPU,
 * 2.0 ms this way (bench/README.md).
 */
export function PlainHtmlPage({ head, header, children }: { head: ReactNode; header: ReactNode; children: ReactNode }) {
  const html = renderToStaticMarkup(<PageFrame header={header}>{children}</PageFrame>);
  return (
    <>
      <Head>{head}</Head>
      <div className="contents" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
