import { ScrollRegion } from "@/components/scroll-region";

/**
 * The house data table: a caption (hidden unless asked, it also names the scroll region), one header cell per
 * column, and a wrapper that scrolls sideways on a phone and takes the keyboard focus (WCAG 1.4.10, RGAA 7.3).
 * Rows are passed as children, built with DataTableRow and, for the cell naming its row, DataTableRowHeader.
 */
export function DataTable({
  caption,
  captionVisible = false,
  columns,
  className,
  children,
}: {
  caption: string;
  captionVisible?: boolean;
  columns: readonly string[];
  /** Spacing and text size of the whole table (e.g. "mt-2"). */
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <ScrollRegion label={caption} className={className}>
      <table className="w-full border-collapse text-left">
        <caption className={captionVisible ? "text-left font-bold" : "sr-only"}>{caption}</caption>
        <thead>
          <tr className="border-b-2 border-texte">
            {columns.map((column) => (
              <th key={column} scope="col" className="p-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

export function DataTableRow({ className, children }: { className?: string; children: React.ReactNode }) {
  return (
    <tr className={className ? `border-b border-gray-300 ${className}` : "border-b border-gray-300"}>{children}</tr>
  );
}

/** The cell that names its row (e.g. a field name), read by screen readers before each cell of the row. */
export function DataTableRowHeader({ className, children }: { className?: string; children: React.ReactNode }) {
  return (
    <th scope="row" className={className ? `p-2 text-left ${className}` : "p-2 text-left"}>
      {children}
    </th>
  );
}
