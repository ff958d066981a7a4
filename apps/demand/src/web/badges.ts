// Trust badges from the run's model card: where the data came from and which backend computed the forecast.
import type { BackendBadgeProps, ProvenanceBadgeProps } from "@verticals/ui";
import type { ModelCard } from "@verticals/core";

export function provenanceProps(card: ModelCard): ProvenanceBadgeProps {
  const p = card.data.provenance;
  if (p.kind === "synthetic") return { kind: "synthetic", dataset: p.name, ...(p.note ? { note: p.note } : {}) };
  return {
    kind: "real",
    dataset: p.name,
    ...(p.citation ? { citation: p.citation } : {}),
    ...(p.licence ? { licence: p.licence } : {}),
    ...(p.source?.startsWith("http") ? { url: p.source } : {}),
    ...(p.note ? { note: p.note } : {}),
  };
}

export function backendProps(card: ModelCard): BackendBadgeProps {
  const b = card.backend;
  return {
    runtime: "tfjs",
    backend: b.name,
    ...(b.name === "wasm" ? { detail: b.simd ? "SIMD" : "no SIMD" } : {}),
    title: `Trained on tfjs ${b.tfjsVersion}, ${b.name} backend, ${b.threads} thread${b.threads === 1 ? "" : "s"}${b.fallbackReason ? ` (fallback: ${b.fallbackReason})` : ""}`,
  };
}
