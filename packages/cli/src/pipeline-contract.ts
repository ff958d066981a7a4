// What an app's pipeline module (named by its manifest) exports. The CLI calls it; so can tests and
// a fork that drops the CLI. Plain functions, no Next.js.

export interface PipelineLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface PipelineContext {
  /** The app's dataset folder (e.g. <data root>/fraud), as `evaluate --data-dir` defines it. */
  dataDir: string;
  /** Where the app keeps trained models and other artefacts (git-ignored). */
  artifactsDir: string;
  /** The app's store: file:... (SQLite) or postgresql://... */
  databaseUrl: string;
  seed: number;
  log: PipelineLogger;
  signal: AbortSignal;
}

export interface TrainSummary {
  /** One line per headline metric, e.g. "ROC-AUC 0.991 (baseline 0.975)". */
  headline: string[];
  /** Backend description, e.g. "tfjs wasm (SIMD)". */
  backend: string;
  trainSeconds: number;
  /** True when an up-to-date model was found and reused. */
  reused?: boolean;
}

export interface VerticalPipeline {
  /** Train (or reuse an up-to-date model) and save the artefact under ctx.artifactsDir. */
  train(ctx: PipelineContext): Promise<TrainSummary>;
  /** Train on ctx.dataDir's training data, score its test part; return the metrics object. */
  evaluate(ctx: PipelineContext): Promise<Record<string, unknown>>;
  /** Migrate the store and fill it with the trained model's results so the dashboard has something to show. */
  seed(ctx: PipelineContext): Promise<{ rows: number }>;
}

export function isVerticalPipeline(value: unknown): value is VerticalPipeline {
  const candidate = value as Partial<VerticalPipeline> | null;
  return (
    !!candidate &&
    typeof candidate.train === "function" &&
    typeof candidate.evaluate === "function" &&
    typeof candidate.seed === "function"
  );
}
