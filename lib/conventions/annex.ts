// Annex 1 of a convention: the habilitated people and the facilities (or communes). Stored as a
// snapshot on the convention and on each amendment, so every PDF can be reproduced as it was.
export type AnnexPerson = { firstName: string; lastName: string; email: string; jobTitle: string };
export type AnnexFacility = {
  id: string;
  name: string;
  kindLabel: string;
  street: string;
  postcode: string;
  city: string;
  operatingInfo: boolean;
  availabilities: boolean;
};
export type AnnexCommune = { inseeCode: string; name: string; postcodes: string[] };
export type AnnexSnapshot = { people: AnnexPerson[]; facilities: AnnexFacility[]; communes: AnnexCommune[] };
