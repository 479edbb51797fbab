// Zod's own messages (those no schema words itself: "Too big: expected string to have <=100 characters")
// in French, for the server and the browser alike. Imported, for this side effect, by the modules every
// schema reaches: lib/validation/text.ts and lib/env.ts.
import { z } from "zod";

z.config(z.locales.fr());
