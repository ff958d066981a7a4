import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@verticals/ui"],
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
