import { prepareData } from "./commands/data";
import { type AppManifest } from "./manifest";

/** The app's dataset folder under the data root, generating synthetic data first if it is missing. */
export async function datasetDirForApp(app: AppManifest, dataRoot?: string): Promise<string> {
  const { folders } = await prepareData({ dataRoot, apps: [app] });
  const folder = folders.get(app.name);
  if (!folder) throw new Error(`app "${app.name}" names no dataset in its verticals.json`);
  return folder;
}
