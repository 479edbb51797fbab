import { FACILITY_KIND_LABELS } from "./facility-kinds";
import { preciseLocationOf } from "./facility-location";

export const FACILITY_KIND_OPTIONS = Object.entries(FACILITY_KIND_LABELS).map(([value, label]) => ({ value, label }));

type Stored = {
  externalId: string | null;
  kind: string;
  name: string;
  street: string;
  postcode: string;
  communeInsee: string;
  managerName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  capacity: number | null;
  latitude: number | null;
  longitude: number | null;
  locationIsPrecise: boolean;
  cafId: string;
};

/** A catalogue entry as the strings of the edit form (blank for empty values). */
export function facilityFormValues(facility?: Stored) {
  const blank = (value: string | number | null | undefined) => (value == null ? "" : String(value));
  const precise = facility ? preciseLocationOf(facility) : { latitude: null, longitude: null };
  return {
    externalId: blank(facility?.externalId),
    kind: blank(facility?.kind),
    name: blank(facility?.name),
    street: blank(facility?.street),
    postcode: blank(facility?.postcode),
    communeInsee: blank(facility?.communeInsee),
    managerName: blank(facility?.managerName),
    contactEmail: blank(facility?.contactEmail),
    contactPhone: blank(facility?.contactPhone),
    website: blank(facility?.website),
    capacity: blank(facility?.capacity),
    latitude: blank(precise.latitude),
    longitude: blank(precise.longitude),
    cafId: blank(facility?.cafId),
  };
}
