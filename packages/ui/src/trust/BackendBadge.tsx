export interface BackendBadgeProps {
  /** Library, e.g. "tfjs". */
  runtime?: string;
  /** Backend, e.g. "wasm", "cpu", "node". */
  backend: string;
  /** Qualifier in brackets, e.g. "SIMD". */
  detail?: string;
  /** Longer explanation on hover. */
  title?: string;
}

/** "tfjs · wasm (SIMD)" as one line of text, for tests and titles. */
export function backendText({ runtime, backend, detail }: BackendBadgeProps): string {
  return `${runtime ? `${runtime} · ` : ""}${backend}${detail ? ` (${detail})` : ""}`;
}

/** Which compute backend ran the model. */
export function BackendBadge(props: BackendBadgeProps) {
  return (
    <span className="vx-badge vx-badge--backend" title={props.title ?? "Compute backend that ran the model"} data-backend={props.backend}>
      <span className="vx-badge__chip" aria-hidden="true" />
      {backendText(props)}
    </span>
  );
}
