import type { CareTypeCode } from "./availability-schema";

/** An availability row as pages and the editor show it (calendar days as "YYYY-MM-DD"). */
export type SlotView = {
  startDate: string;
  endDate: string | null;
  minAgeMonths: number;
  maxAgeMonths: number;
  careType: CareTypeCode;
  weekdays: number[];
  startTime: string;
  endTime: string;
  places: number;
};

export const slotViewSelect = {
  startDate: true,
  endDate: true,
  minAgeMonths: true,
  maxAgeMonths: true,
  careType: true,
  weekdays: true,
  startTime: true,
  endTime: true,
  places: true,
} as const;

type SlotRow = {
  startDate: Date;
  endDate: Date | null;
  minAgeMonths: number;
  maxAgeMonths: number;
  careType: CareTypeCode;
  weekdays: number[];
  startTime: string;
  endTime: string;
  places: number;
};

export function toSlotView(slot: SlotRow): SlotView {
  return {
    ...slot,
    startDate: slot.startDate.toISOString().slice(0, 10),
    endDate: slot.endDate ? slot.endDate.toISOString().slice(0, 10) : null,
  };
}
