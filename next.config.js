/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and Node-only packages stay outside the bundle.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "undici",
    "prom-client",
  ],
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: false },
};

module.exports = nextConfig;
