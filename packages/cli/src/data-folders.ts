import { join } from "node:path";
import { prepareData } from "./commands/data";
import { type AppManifest } from "./manifest";

/**
 * The app's dataset folder under the data root, generating synthetic data first if it is missing. An app
 * reading no built-in dataset (a scaffolded vertical) owns <data root>/<dataFolder or name> and makes its
 * own data there, as `demo` does.
 */
export async function datasetDirForApp(app: AppManifest, dataRoot?: string): Promise<string> {
  const { dataRoot: root, folders } = await prepareData({ dataRoot, apps: [app] });
  return folders.get(app.name) ?? join(root, app.dataFolder ?? app.name);
}
