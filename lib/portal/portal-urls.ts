// Addresses of the partner portal and public pages, for links in pages and e-mails.
export const availabilityEditorPath = (facilityId: string) => `/espace-pro/structures/${facilityId}/disponibilites`;
export const operatingInfoEditorPath = (facilityId: string) => `/espace-pro/structures/${facilityId}/modalites`;
export const publicFacilityPath = (facilityId: string) => `/structures/${facilityId}`;
export const facilityPhotoPath = (facilityId: string, version: Date) =>
  `/structures/${facilityId}/photo?v=${version.getTime()}`;
export const pendingFacilityPhotoPath = (facilityId: string, version: Date) =>
  `/espace-pro/structures/${facilityId}/photo/en-attente?v=${version.getTime()}`;
export const reviewedFacilityPhotoPath = (photoId: string) => `/caf/validations/photos/${photoId}`;
