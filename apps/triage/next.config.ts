import { defineAppNextConfig } from "@verticals/next-config";

export default defineAppNextConfig({
  transpilePackages: ["@verticals/pretrained"],
  serverExternalPackages: [
    "pngjs",
    "jpeg-js",
    "dicom-parser",
    // The pretrained backbone: native onnxruntime binaries must not be bundled (loaded on first use).
    "onnxruntime-node",
    "@huggingface/transformers",
  ],
});
