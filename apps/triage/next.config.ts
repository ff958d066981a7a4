import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@verticals/ui", "@verticals/core", "@verticals/data", "@verticals/db", "@verticals/pretrained"],
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
    "pngjs",
    "jpeg-js",
    "dicom-parser",
    // The pretrained backbone: native onnxruntime binaries must not be bundled (loaded on first use).
    "onnxruntime-node",
    "@huggingface/transformers",
  ],
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
