"use client";

// Score a CSV file in the creditcard.csv schema: accepted whole (every row stored) or rejected whole with the
// rows at fault.
import { useState } from "react";

interface Outcome {
  ok: boolean;
  message: string;
  decisions?: { approve: number; review: number; block: number };
  errors?: Array<{ row?: number; field?: string; message: string }>;
  errorCount?: number;
}

export function UploadForm() {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    const form = new FormData();
    form.set("file", file);
    try {
      const response = await fetch("/api/score", { method: "POST", body: form });
      const body = (await response.json()) as Record<string, unknown>;
      if (response.ok) {
        const decisions = body.decisions as Outcome["decisions"];
        setOutcome({ ok: true, message: `${String(body.count)} transactions scored and stored (upload #${String(body.uploadId)}).`, decisions });
      } else {
        setOutcome({ ok: false, message: String(body.message ?? `rejected (${response.status})`), errors: body.errors as Outcome["errors"], errorCount: body.errorCount as number | undefined });
      }
    } catch (error) {
      setOutcome({ ok: false, message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="fraud-upload">
      <form onSubmit={submit} className="fraud-upload__form">
        <input type="file" accept=".csv,text/csv" onChange={(event) => setFile(event.target.files?.[0] ?? null)} data-testid="upload-file" />
        <button type="submit" className="fraud-button fraud-button--primary" disabled={!file || busy} data-testid="upload-submit">
          {busy ? "Scoring…" : "Score file"}
        </button>
      </form>
      {outcome ? (
        <div className={outcome.ok ? "fraud-outcome fraud-outcome--ok" : "fraud-outcome fraud-outcome--error"} data-testid="upload-outcome">
          <strong>{outcome.message}</strong>
          {outcome.decisions ? (
            <p>
              {outcome.decisions.approve} approved · {outcome.decisions.review} sent to review · {outcome.decisions.block} blocked
            </p>
          ) : null}
          {outcome.errors && outcome.errors.length > 0 ? (
            <table className="fraud-errors">
              <thead>
                <tr>
                  <th>Row</th>
                  <th>Column</th>
                  <th>Problem</th>
                </tr>
              </thead>
              <tbody>
                {outcome.errors.map((e, i) => (
                  <tr key={i}>
                    <td>{e.row ?? "—"}</td>
                    <td>{e.field ?? "—"}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {outcome.errorCount && outcome.errors && outcome.errorCount > outcome.errors.length ? <p>…and {outcome.errorCount - outcome.errors.length} more.</p> : null}
        </div>
      ) : null}
    </div>
  );
}
