"use client";

// The analyst's verdict on one alert. Saved through POST /api/alerts/:id/review; the page then re-renders
// with the stored review and the dashboard's live precision counts it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ReviewLabel } from "../../src/store/alerts";

export function ReviewForm({ alertId, current }: { alertId: number; current: { label: ReviewLabel; note: string } | null }) {
  const router = useRouter();
  const [label, setLabel] = useState<ReviewLabel | null>(current?.label ?? null);
  const [note, setNote] = useState(current?.note ?? "");
  const [state, setState] = useState<{ saving: boolean; message: string | null; ok: boolean }>({ saving: false, message: null, ok: false });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!label) {
      setState({ saving: false, ok: false, message: "Choose fraud or legitimate first." });
      return;
    }
    setState({ saving: true, ok: false, message: null });
    const response = await fetch(`/api/alerts/${alertId}/review`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ label, note }) });
    const body = (await response.json()) as { message?: string };
    if (!response.ok) {
      setState({ saving: false, ok: false, message: body.message ?? `could not save (${response.status})` });
      return;
    }
    setState({ saving: false, ok: true, message: `Saved: marked ${label}.` });
    router.refresh();
  };

  return (
    <form className="fraud-review" onSubmit={submit} data-testid="review-form">
      <div className="fraud-review__choices" role="radiogroup" aria-label="Verdict">
        {(["fraud", "legitimate"] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            role="radio"
            aria-checked={label === choice}
            className={`fraud-choice fraud-choice--${choice} ${label === choice ? "fraud-choice--on" : ""}`}
            onClick={() => setLabel(choice)}
            data-testid={`review-${choice}`}
          >
            {choice === "fraud" ? "Fraud" : "Legitimate"}
          </button>
        ))}
      </div>
      <label className="fraud-field">
        <span>Note (why)</span>
        <textarea value={note} onChange={(event) => setNote(event.target.value)} rows={3} maxLength={2000} placeholder="e.g. Cardholder confirmed the purchase by phone" data-testid="review-note" />
      </label>
      <div className="fraud-review__actions">
        <button type="submit" className="fraud-button fraud-button--primary" disabled={state.saving} data-testid="review-submit">
          {state.saving ? "Saving…" : current ? "Update verdict" : "Save verdict"}
        </button>
        {state.message ? (
          <span className={state.ok ? "fraud-ok" : "fraud-error"} role="status" data-testid="review-status">
            {state.message}
          </span>
        ) : null}
      </div>
    </form>
  );
}
