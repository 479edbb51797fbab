import { Head, Html, Main, NextScript } from "next/document";
import { PAGE_BODY_CLASS } from "@/components/page-frame";

// The document of the pages router's pages (home, search, facility pages): the same <html> and <body> as app/layout.tsx.
export default function Document() {
  return (
    <Html lang="fr">
      <Head />
      <body className={PAGE_BODY_CLASS}>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
