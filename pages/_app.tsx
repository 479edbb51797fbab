import type { AppProps } from "next/app";
import Head from "next/head";
import "@/app/globals.css";

export default function PagesRouterApp({ Component, pageProps }: AppProps) {
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <Component {...pageProps} />
    </>
  );
}
