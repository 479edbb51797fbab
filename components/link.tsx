import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The link of the layout and the public pages: Next's, without prefetching. Prefetching would make the
 * server render every linked page on each page view (twenty facility pages per search, the next page of a
 * list) and the visitor's phone download and parse them, for links rarely followed.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
