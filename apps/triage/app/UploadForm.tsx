"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

interface UploadOutcome {
  kind: "ok" | "error";
  text: string;
  studyId?: number;
}

/** Sends one PNG, JPEG or DICOM file to POST /api/studies and refreshes the worklist. */
export function UploadForm({ maxMegabytes }: { maxMegabytes: number }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<UploadOutcome | undefined>();

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setOutcome({ kind: "error", text: "Choose a PNG, JPEG or DICOM file first." });
      return;
    }
    setBusy(true);
    setOutcome(undefined);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch("/api/studies", { method: "POST", body });
      const json = await response.json().catch(() => ({}));
      if (!response.ok) {
        setOutcome({ kind: "error", text: json?.error?.message ?? `Upload failed (${response.status})` });
        return;
      }
      const percent = (json.probability * 100).toFixed(1);
      setOutcome({
        kind: "ok",
        studyId: json.studyId,
        text: `${json.accession}: ${percent}% pneumonia probability${json.flagged ? ", flagged urgent" : ""} · scored in ${Math.round(json.timings.totalMs)} ms${json.format === "dicom" ? " · DICOM de-identified before storage" : ""}`,
      });
      if (input.current) input.current.value = "";
      router.refresh();
    } catch (error) {
      setOutcome({ kind: "error", text: `Upload failed: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="triage-upload" onSubmit={submit} data-testid="upload-form">
      <label className="vx-visually-hidden" htmlFor="triage-file">
        Image file (PNG, JPEG or DICOM)
      </label>
      <div className="triage-upload__row">
        <input id="triage-file" ref={input} type="file" name="file" accept=".png,.jpg,.jpeg,.dcm,image/png,image/jpeg,application/dicom" data-testid="upload-input" />
        <button type="submit" className="vx-button" disabled={busy} data-testid="upload-submit">
          {busy ? "Scoring…" : "Upload and score"}
        </button>
      </div>
      <p className="triage-upload__hint">PNG, JPEG or DICOM, any size, up to {maxMegabytes} MB. DICOM headers are de-identified before anything is stored.</p>
      {outcome ? (
        <p className={`triage-upload__outcome triage-upload__outcome--${outcome.kind}`} role={outcome.kind === "error" ? "alert" : "status"} data-testid="upload-outcome">
          {outcome.text}
          {outcome.studyId ? (
            <>
              {" "}
              <a href={`/studies/${outcome.studyId}`}>Open case</a>
            </>
          ) : null}
        </p>
      ) : null}
    </form>
  );
}
