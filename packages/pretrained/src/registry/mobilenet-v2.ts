import type { PretrainedModelSpec } from "./model-spec";

/**
 * MobileNetV2 1.0 / 224, ImageNet-1k, int8 ONNX in transformers.js layout (../shared/models/<id>/SOURCE.md).
 * The sha256 values are its SHA256SUMS; the preprocessing facts are its preprocessor_config.json.
 */
export const MOBILENET_V2_INT8: PretrainedModelSpec = {
  id: "mobilenet_v2_1.0_224-int8",
  title: "MobileNetV2 1.0 224px ImageNet backbone (int8 ONNX)",
  task: "image-embedding",
  dtype: "q8",
  onnxFile: "onnx/model_quantized.onnx",
  inputName: "pixel_values",
  outputName: "pooler_output",
  embeddingDim: 1280,
  preprocessing: {
    shortestEdge: 256,
    resample: 2,
    cropHeight: 224,
    cropWidth: 224,
    rescaleFactor: 1 / 255,
    mean: [0.485, 0.456, 0.406],
    std: [0.229, 0.224, 0.225],
  },
  files: [
    { path: "config.json", sha256: "0d775502b58ee1e20cad7298bbf775de8ef757ea7f5db58a9f1ec5ca58248ea7" },
    { path: "preprocessor_config.json", sha256: "88730c28a48ffc4102fdde8fcca9a952da285332cd8d748fa9769a17a988cec2" },
    {
      path: "onnx/model_quantized.onnx",
      sha256: "998ba75936074098dc016d301e5d7218a33f6708f41657cb96c439912059e76f",
      bytes: 3_655_781,
    },
  ],
  hub: {
    id: "Xenova/mobilenet_v2_1.0_224",
    revision: "main",
    // Not pinned: this machine cannot reach the hub to record them. `models fetch` records what it got.
    files: [{ path: "config.json" }, { path: "preprocessor_config.json" }, { path: "onnx/model_quantized.onnx" }],
    note:
      "same architecture, converted from google/mobilenet_v2_1.0_224 (TensorFlow weights, its own preprocessing " +
      "and 1001 labels); embeddings differ from the curated folder's and are cached separately. Its export may " +
      "expose only `logits`: the embedder then says so instead of returning class scores.",
  },
  licence: "Apache-2.0 (ONNX Model Zoo export) / BSD-3-Clause (torchvision weights)",
  citation:
    "Sandler M, Howard A, Zhu M, Zhmoginov A, Chen L-C. MobileNetV2: Inverted Residuals and Linear Bottlenecks. " +
    "CVPR 2018. Weights: ONNX Model Zoo mobilenetv2-12-int8 (quantized torchvision ImageNet weights).",
  source:
    "ONNX Model Zoo vision/classification/mobilenet mobilenetv2-12-int8.onnx, input/outputs renamed for the " +
    "transformers.js layout and a pooler_output (1280-d) output added; no weight changed.",
};
