import { NotFoundMessage } from "@/components/not-found-message";
import { PageFrame } from "@/components/page-frame";
import { SiteHeader } from "@/components/site-header";

// Rendered in the root layout, outside the route groups' frames: it brings its own.
export default function NotFound() {
  return (
    <PageFrame header={<SiteHeader />}>
      <NotFoundMessage />
    </PageFrame>
  );
}
