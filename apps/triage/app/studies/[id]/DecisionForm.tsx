"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Confirm or override the model: the reader's finding, name and an optional note, posted to the API. */
export function DecisionForm({ studyId, flagged, defaultReader }: { studyId: number; flagged: boolean; defaultReader: string }) {
  const router = useRouter();
  const [finding, setFinding] = useState<"pneumonia" | "normal">(flagged ? "pneumonia" : "normal");
  const [reader, setReader] = useState(defaultReader);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | undefined>();
  const agrees = (finding === "pneumonia") === flagged;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(undefined);
    try {
      const response = await fetch(`/api/studies/${studyId}/decision`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ finding, reader, ...(note.trim() ? { note } : {}) }),
      });
      const json = await response.json().catch(() => ({}));
      if (!response.ok) {
        setMessage({ kind: "error", text: json?.error?.message ?? `Saving failed (${response.status})` });
        return;
      }
      setMessage({ kind: "ok", text: json.decision.action === "confirm" ? "Decision saved: model confirmed." : "Decision saved: model overridden." });
      router.refresh();
    } catch (error) {
      setMessage({ kind: "error", text: `Saving failed: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="triage-decision" onSubmit={submit} data-testid="decision-form">
      <fieldset>
        <legend className="vx-visually-hidden">Finding</legend>
        <label className="triage-choice">
          <input type="radio" name="finding" value="pneumonia" checked={finding === "pneumonia"} onChange={() => setFinding("pneumonia")} data-testid="finding-pneumonia" />
          Pneumonia
        </label>
        <label className="triage-choice">
          <input type="radio" name="finding" value="normal" checked={finding === "normal"} onChange={() => setFinding("normal")} data-testid="finding-normal" />
          No pneumonia
        </label>
      </fieldset>
      <label className="triage-field">
        Reader
        <input value={reader} onChange={(e) => setReader(e.target.value)} required minLength={2} maxLength={120} data-testid="reader" />
      </label>
      <label className="triage-field">
        Note (optional)
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={2000} />
      </label>
      <button type="submit" className="vx-button triage-primary" disabled={busy} data-testid="decision-submit">
        {busy ? "Saving…" : agrees ? "Confirm model" : "Override model"}
      </button>
      {message ? (
        <p className={`triage-upload__outcome triage-upload__outcome--${message.kind}`} role={message.kind === "error" ? "alert" : "status"} data-testid="decision-outcome">
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
