"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

interface Result {
  accepted: number;
  assets: { id: string; fromCycle: number; toCycle: number; rul: number; health: number; failProb: number }[];
  planId: number;
}

/** Upload a C-MAPSS-layout file (or paste rows) to /api/readings/csv; shows what changed or exactly what was wrong. */
export function UploadForm({ template }: { template: string }) {
  const router = useRouter();
  const [text, setText] = useState(template);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      let response: Response;
      if (file) {
        const body = new FormData();
        body.set("file", file);
        response = await fetch("/api/readings/csv", { method: "POST", body });
      } else {
        response = await fetch("/api/readings/csv", { method: "POST", headers: { "content-type": "text/csv" }, body: text });
      }
      const json = (await response.json().catch(() => ({}))) as Result & { error?: string };
      if (!response.ok) {
        setError(json.error ?? `Upload failed (${response.status})`);
        return;
      }
      setResult(json);
      form.reset();
      router.refresh();
    } catch (e) {
      setError(`Upload failed: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="mt-upload" onSubmit={submit} data-testid="upload-form">
      <label className="mt-field mt-field--wide">
        <span>File (C-MAPSS layout: unit, cycle, 3 settings, 21 sensors per line)</span>
        <input type="file" name="file" accept=".txt,.csv,text/plain,text/csv" data-testid="upload-file" />
      </label>
      <label className="mt-field mt-field--wide">
        <span>…or paste rows</span>
        <textarea name="rows" rows={6} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} className="mt-textarea" data-testid="upload-text" />
      </label>
      <div className="mt-inline">
        <button type="submit" className="vx-button mt-button--primary" disabled={busy} data-testid="upload-submit">
          {busy ? "Uploading…" : "Upload readings"}
        </button>
        <span className="mt-note">Accepted whole or rejected whole; the predictions and the plan update at once.</span>
      </div>
      {error ? (
        <div className="mt-alert mt-alert--bad" role="alert" data-testid="upload-error">
          {error}
        </div>
      ) : null}
      {result ? (
        <div className="mt-alert mt-alert--good" role="status" data-testid="upload-result">
          Accepted {result.accepted} reading{result.accepted === 1 ? "" : "s"}.{" "}
          {result.assets.map((a) => (
            <span key={a.id}>
              <Link href={`/assets/${a.id}`}>{a.id}</Link> cycles {a.fromCycle}–{a.toCycle}: RUL now {Math.round(a.rul)}, health {Math.round(a.health)}.{" "}
            </span>
          ))}
          <Link href="/plan">See the updated plan (#{result.planId}) →</Link>
        </div>
      ) : null}
    </form>
  );
}
