import { Link } from "@/components/link";

/**
 * Previous/next links that keep the other query parameters (filters stay in shareable URLs). A page with two
 * paged lists gives the second its own parameter (`pageParam`) and its own name (`label`, for its landmark).
 */
export function Pagination({
  page,
  pageCount,
  basePath,
  params,
  pageParam = "page",
  label = "Pagination",
}: {
  page: number;
  pageCount: number;
  basePath: string;
  params: Record<string, string | undefined>;
  pageParam?: string;
  label?: string;
}) {
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, [pageParam]: String(target) }).filter((entry): entry is [string, string] =>
        Boolean(entry[1]),
      ),
    );
    return `${basePath}?${query}`;
  };
  return (
    <nav aria-label={label} className="mt-6 flex items-center gap-4">
      {page > 1 && <Link href={href(page - 1)}>Page précédente</Link>}
      <span aria-current="page">
        Page {page} sur {pageCount}
      </span>
      {page < pageCount && <Link href={href(page + 1)}>Page suivante</Link>}
    </nav>
  );
}
