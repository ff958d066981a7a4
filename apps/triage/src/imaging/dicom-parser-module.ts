// dicom-parser ships one UMD bundle: Node's ESM loader sees only its default export, bundlers and jest see named
// ones. Taking the default when there is one works everywhere.
import * as namespace from "dicom-parser";

type DicomParser = typeof namespace;
export const dicomParser: DicomParser = ((namespace as unknown as { default?: DicomParser }).default ?? namespace) as DicomParser;
export type { DataSet, Element } from "dicom-parser";
