"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

interface Problem {
  line?: number;
  column?: string;
  message: string;
}

type Outcome =
  | { accepted: true; fileName: string; firstDay: number; lastDay: number; days: number; series: number; units: number; firstDate: string; lastDate: string }
  | { accepted: false; error: string; problems: Problem[]; problemCount: number };

/** File picker that posts to /api/upload and shows what was stored, or every problem found. */
export function UploadForm({ canReforecast }: { canReforecast: boolean }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [forecastMessage, setForecastMessage] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setForecastMessage(null);
    try {
      const form = new FormData();
      form.set("file", file);
      const response = await fetch("/api/upload", { method: "POST", body: form });
      setOutcome((await response.json()) as Outcome);
      router.refresh();
    } catch (error) {
      setOutcome({ accepted: false, error: (error as Error).message, problems: [], problemCount: 0 });
    } finally {
      setBusy(false);
    }
  };

  const reforecast = async () => {
    setBusy(true);
    try {
      const response = await fetch("/api/forecast", { method: "POST" });
      const body = await response.json();
      setForecastMessage(response.ok ? `New forecast from ${body.forecastStart}: see the overview and explorer.` : body.error);
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dm-stack">
      <form className="dm-row" onSubmit={submit}>
        <label className="dm-field dm-field--wide">
          <span>Sales file (CSV, M5 layout)</span>
          <input className="dm-input" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="upload-file" style={{ paddingTop: 5 }} />
        </label>
        <button className="vx-button dm-button-primary" type="submit" disabled={!file || busy} data-testid="upload-submit">
          {busy ? "Checking…" : "Check and store"}
        </button>
      </form>
      {outcome?.accepted ? (
        <div className="dm-success" role="status" data-testid="upload-accepted">
          Stored {outcome.fileName}: {outcome.days} day{outcome.days === 1 ? "" : "s"} (d_{outcome.firstDay}..d_{outcome.lastDay}, {outcome.firstDate} to {outcome.lastDate}) for {outcome.series} series,{" "}
          {outcome.units.toLocaleString("en-US")} units.
        </div>
      ) : null}
      {outcome && !outcome.accepted ? (
        <div className="dm-error" role="alert" data-testid="upload-rejected">
          <strong>{outcome.error}</strong>
          {outcome.problems.length > 0 ? (
            <ul className="dm-problems">
              {outcome.problems.map((p, k) => (
                <li key={k}>
                  {p.line !== undefined ? <code>line {p.line}</code> : null} {p.column ? <code>{p.column}</code> : null} {p.message}
                </li>
              ))}
            </ul>
          ) : null}
          {outcome.problemCount > outcome.problems.length ? <p className="dm-note">…and {outcome.problemCount - outcome.problems.length} more.</p> : null}
        </div>
      ) : null}
      {canReforecast || outcome?.accepted ? (
        <div className="dm-row">
          <button type="button" className="vx-button" onClick={reforecast} disabled={busy} data-testid="reforecast">
            Forecast from the new data
          </button>
          {forecastMessage ? <span className="dm-note" data-testid="reforecast-message">{forecastMessage}</span> : null}
        </div>
      ) : null}
    </div>
  );
}
