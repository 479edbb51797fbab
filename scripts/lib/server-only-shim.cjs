// Lets a tsx script import server modules (lib/db…) without the react-server condition, which would
// forbid rendering e-mails with react-dom/server: `npm run db:setup`, and the e2e fixtures.
require.cache[require.resolve("server-only")] = { exports: {} };
