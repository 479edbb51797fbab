import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Every link of the app (ESLint refuses `next/link` elsewhere): Next's, without prefetching. Prefetching would
 * make the server render every linked page on each page view (twenty facility pages per search, the 25
 * requests of a list at the Caf's desk) and the visitor's device download and parse them, for links rarely
 * followed.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
