// @verticals/cli: the contract an app's pipeline implements, and manifest discovery.
export type { PipelineContext, PipelineLogger, TrainSummary, VerticalPipeline } from "./pipeline-contract";
export { isVerticalPipeline } from "./pipeline-contract";
export { findWorkspaceRoot, listApps, readManifest, manifestSchema, type AppManifest } from "./manifest";
export { appScriptContext, type AppScriptOptions } from "./app-script";
export { interruptSignal } from "./interrupt";
export { prepareE2E, type E2EFolders } from "./prepare-e2e";
