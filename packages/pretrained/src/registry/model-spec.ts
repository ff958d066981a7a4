/** One file of a model folder; `sha256` is known for files we have pinned, absent for unpinned hub files. */
export interface ModelFileSpec {
  /** Path inside the model folder, `/`-separated (e.g. `onnx/model_quantized.onnx`). */
  path: string;
  sha256?: string;
  bytes?: number;
}

/** What the preprocessor_config.json of the folder says, recorded so a changed file is noticed. */
export interface ImagePreprocessingFacts {
  /** Resize so the shorter side has this many pixels, keeping the aspect ratio. */
  shortestEdge: number;
  /** Pillow resample code: 2 = bilinear (the only one implemented by the fast path). */
  resample: number;
  cropHeight: number;
  cropWidth: number;
  rescaleFactor: number;
  mean: readonly [number, number, number];
  std: readonly [number, number, number];
}

/** The same network published on the Hugging Face hub, fetchable where the internet is reachable. */
export interface HubEquivalent {
  /** Hub repository id, e.g. `Xenova/mobilenet_v2_1.0_224`. Also its folder inside the models dir after a fetch. */
  id: string;
  revision: string;
  files: readonly ModelFileSpec[];
  /** How it differs from the curated folder; shown by `verticals-models list`. */
  note: string;
}

export interface PretrainedModelSpec {
  /** Registry id and folder name inside the models directory. */
  id: string;
  title: string;
  task: "image-embedding";
  /** transformers.js dtype selecting the ONNX file (`q8` -> `onnx/model_quantized.onnx`). */
  dtype: "q8" | "fp32";
  /** ONNX file inside the folder (and inside the hub copy). */
  onnxFile: string;
  inputName: string;
  /** The pooled embedding output. */
  outputName: string;
  embeddingDim: number;
  preprocessing: ImagePreprocessingFacts;
  /** Every file of the curated folder, with the sha256 of its SHA256SUMS. */
  files: readonly ModelFileSpec[];
  hub?: HubEquivalent;
  licence: string;
  citation: string;
  /** Where the curated folder comes from. */
  source: string;
}
