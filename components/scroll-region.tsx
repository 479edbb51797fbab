/**
 * A wide content (a table) that scrolls sideways inside its own region on a phone instead of widening the
 * whole page (WCAG 1.4.10). The region is named and takes the keyboard focus, so that it can be scrolled
 * without a mouse (RGAA 7.3).
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div
      className={className ? `max-w-full overflow-x-auto ${className}` : "max-w-full overflow-x-auto"}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
