// Addresses of the partner portal and public pages, for links in pages and e-mails.
export const availabilityEditorPath = (facilityId: string) => `/espace-pro/structures/${facilityId}/disponibilites`;
export const operatingInfoEditorPath = (facilityId: string) => `/espace-pro/structures/${facilityId}/modalites`;
export const publicFacilityPath = (facilityId: string) => `/structures/${facilityId}`;
export const facilityPhotoPath = (facilityId: string, version: Date) =>
  `/structures/${facilityId}/photo?v=${version.getTime()}`;
