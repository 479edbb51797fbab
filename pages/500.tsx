import type { PageConfig } from "next";
import Head from "next/head";
import { PageFrame } from "@/components/page-frame";
import { FamilyHeader } from "@/components/family-header";
import { Link } from "@/components/link";
import { ServerErrorMessage } from "@/components/server-error-message";

export const config: PageConfig = { unstable_runtimeJS: false };

// Shown when a page of pages/ fails (the App Router's pages have their route group's error.tsx).
export default function ServerErrorPage() {
  return (
    <PageFrame header={<FamilyHeader />}>
      <Head>
        <title>Le service rencontre un problème — monenfant.fr</title>
      </Head>
      <ServerErrorMessage>
        <Link href="/recherche" className="btn-primary mt-6">
          Revenir à la recherche
        </Link>
      </ServerErrorMessage>
    </PageFrame>
  );
}
