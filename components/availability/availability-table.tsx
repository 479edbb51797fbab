import { CARE_TYPE_LABELS, WEEKDAY_LABELS } from "@/lib/availability/availability-schema";
import type { SlotView } from "@/lib/availability/slot-view";
import { frenchDay } from "@/lib/text/french-dates";
import { DataTable, DataTableRow } from "@/components/data-table";

function ages(slot: SlotView): string {
  const format = (months: number) =>
    months % 12 === 0 && months > 0 ? `${months / 12} an${months > 12 ? "s" : ""}` : `${months} mois`;
  return `de ${format(slot.minAgeMonths)} à ${format(slot.maxAgeMonths)}`;
}

/**
 * A published availability set, readable by screen readers (a real table with headers). The places come first:
 * on a phone the table scrolls sideways in its region and what a family looks for must be on screen.
 */
export function AvailabilityTable({
  slots,
  noPlaceAvailable,
  caption,
}: {
  slots: SlotView[];
  noPlaceAvailable: boolean;
  caption: string;
}) {
  if (noPlaceAvailable) return <p className="font-bold">Aucune place disponible pour le moment.</p>;
  return (
    <DataTable
      caption={caption}
      columns={["Places", "À partir du", "Jusqu'au", "Âges", "Type d'accueil", "Jours et horaires"]}
    >
      {slots.map((slot, index) => (
        <DataTableRow key={index}>
          <td className="p-2">{slot.places}</td>
          <td className="p-2">{frenchDay(slot.startDate)}</td>
          <td className="p-2">{slot.endDate ? frenchDay(slot.endDate) : "Sans date de fin"}</td>
          <td className="p-2">{ages(slot)}</td>
          <td className="p-2">{CARE_TYPE_LABELS[slot.careType]}</td>
          <td className="p-2">{`${slot.weekdays.map((day) => WEEKDAY_LABELS[day]).join(", ")}, de ${slot.startTime.replace(":", " h ")} à ${slot.endTime.replace(":", " h ")}`}</td>
        </DataTableRow>
      ))}
    </DataTable>
  );
}
