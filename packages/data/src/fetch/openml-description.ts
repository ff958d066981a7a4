import { z } from "zod";
import { FetchError } from "./fetch-error";
import { request, type FetchLike } from "./download";

const DescriptionSchema = z.object({
  data_set_description: z.looseObject({
    name: z.string().optional(),
    url: z.string().min(1),
    md5_checksum: z.string().regex(/^[0-9a-fA-F]{32}$/).optional(),
  }),
});

export interface OpenmlDescription {
  name: string | undefined;
  /** Where OpenML serves the ARFF file. */
  url: string;
  /** OpenML's MD5 of that ARFF, when it publishes one. */
  md5: string | undefined;
}

/** Read an OpenML dataset description (`/api/v1/json/data/<id>`): the ARFF URL and OpenML's MD5 of it. */
export async function fetchOpenmlDescription(fetchImpl: FetchLike, descriptionUrl: string, what: string, timeoutMs: number): Promise<OpenmlDescription> {
  const response = await request(fetchImpl, descriptionUrl, `${what} (OpenML description)`, timeoutMs);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new FetchError("format", `${what}: OpenML's description at ${descriptionUrl} is not JSON.`, { cause: error });
  }
  const parsed = DescriptionSchema.safeParse(json);
  if (!parsed.success) {
    throw new FetchError("format", `${what}: OpenML's description at ${descriptionUrl} has no data_set_description.url (${parsed.error.issues[0]?.message}).`);
  }
  const d = parsed.data.data_set_description;
  // Relative URLs (as a test server may give) are taken relative to the description.
  return { name: d.name, url: new URL(d.url, descriptionUrl).toString(), md5: d.md5_checksum?.toLowerCase() };
}
