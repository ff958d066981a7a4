// What the portal knows about a vertical before asking it anything: who it is and where it runs.
import { z } from "zod";

export const verticalSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9-]*$/, "lower-case name, e.g. fraud"),
  title: z.string().min(1),
  industry: z.string().min(1),
  /** One sentence from the manifest, shown when the app cannot be asked for its own. */
  summary: z.string(),
  /** Base URL of the running app: the card links here and the portal fetches `<url>/api/summary`. */
  url: z.url({ protocol: /^https?$/ }),
});

export type Vertical = z.infer<typeof verticalSchema>;

/** portal.config.json: the explicit list, for deployments, forks and tests (no sibling manifests needed). */
export const portalConfigSchema = z.object({ verticals: z.array(verticalSchema) });

export type PortalConfig = z.infer<typeof portalConfigSchema>;

/** The subset of an app's verticals.json the portal reads (the CLI owns the full schema). */
export const manifestSchema = z.object({
  name: z.string(),
  title: z.string(),
  industry: z.string(),
  summary: z.string(),
  port: z.number().int().min(1024).max(65535),
});
