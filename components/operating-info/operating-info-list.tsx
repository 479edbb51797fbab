import {
  displayOperatingInfoValue,
  OPERATING_INFO_FIELDS,
  type OperatingInfo,
  type OperatingInfoField,
} from "@/lib/operating-info/operating-info-schema";

/** Operating information as a description list; empty fields are left out. `omit` hides fields shown elsewhere. */
export function OperatingInfoList({ content, omit = [] }: { content: OperatingInfo; omit?: OperatingInfoField[] }) {
  const rows = OPERATING_INFO_FIELDS.filter(({ key }) => !omit.includes(key)).map(({ key, label }) => ({
    key,
    label,
    value: displayOperatingInfoValue(content, key),
  }));
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(12rem,1fr)_3fr]">
      {rows
        .filter((row) => row.value !== null)
        .map((row) => (
          <div key={row.key} className="contents">
            <dt className="font-bold">{row.label}</dt>
            <dd className="whitespace-pre-line">{row.value}</dd>
          </div>
        ))}
    </dl>
  );
}
