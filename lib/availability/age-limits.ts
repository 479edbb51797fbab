// Kept free of zod: client components (the public search form) import it without pulling the validator in.
export const MAX_AGE_MONTHS = 72; // EAJE take children under 6
