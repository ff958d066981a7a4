import type { Provenance } from "../provenance/provenance-schema";

export interface LoadOptions {
  /** Use this provenance instead of reading the folder's PROVENANCE.json (or the built-in catalogue). */
  provenance?: Provenance;
}
