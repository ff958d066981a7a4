import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@verticals/core", "@verticals/data", "@verticals/db", "@verticals/ui"],
  // Native or WebAssembly-loading server dependencies are required at run time, never bundled.
  serverExternalPackages: [
    "@tensorflow/tfjs",
    "@tensorflow/tfjs-backend-wasm",
    "@tensorflow/tfjs-node",
    "@libsql/client",
    "libsql",
    "@prisma/adapter-libsql",
    "@prisma/adapter-pg",
    "@prisma/client",
    "pg",
  ],
  // Responses are small JSON or HTML on loopback/behind a proxy; gzip here cost more CPU per scoring request
  // than the scoring itself (measured), so compression is left to the reverse proxy.
  compress: false,
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
