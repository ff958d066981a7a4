import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@verticals/ui", "@verticals/core", "@verticals/data", "@verticals/db"],
  // Native drivers and tfjs (its wasm binaries are read from node_modules at run time) stay outside the bundle.
  serverExternalPackages: [
    "@tensorflow/tfjs",
    "@tensorflow/tfjs-backend-wasm",
    "@tensorflow/tfjs-node",
    "@libsql/client",
    "libsql",
    "@prisma/adapter-libsql",
    "@prisma/adapter-pg",
    "pg",
  ],
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
