"use client";

import { useState, type FormEvent } from "react";

interface Score {
  probability: number;
  flagged: boolean;
  likelyMode: string;
  modeProbabilities: Record<string, number>;
}

const MODE_NAMES: Record<string, string> = { TWF: "Tool wear", HDF: "Heat dissipation", PWF: "Power", OSF: "Overstrain" };
const FIELDS = [
  { name: "airK", label: "Air temperature (K)", value: 300.1, step: 0.1 },
  { name: "processK", label: "Process temperature (K)", value: 309.4, step: 0.1 },
  { name: "rpm", label: "Rotational speed (rpm)", value: 1350, step: 1 },
  { name: "torqueNm", label: "Torque (Nm)", value: 52, step: 0.1 },
  { name: "toolWearMin", label: "Tool wear (min)", value: 205, step: 1 },
] as const;

/** Score one process reading with the failure model (POST /api/failure-risk). */
export function FailureScorer() {
  const [score, setScore] = useState<Score | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const reading = { type: String(data.get("type")), ...Object.fromEntries(FIELDS.map((f) => [f.name, Number(data.get(f.name))])) };
    setError(null);
    const response = await fetch("/api/failure-risk", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ readings: [reading] }) });
    const json = (await response.json().catch(() => ({}))) as { scores?: Score[]; error?: string };
    if (!response.ok || !json.scores) {
      setScore(null);
      setError(json.error ?? `Scoring failed (${response.status})`);
      return;
    }
    setScore(json.scores[0]!);
  }
  return (
    <div className="mt-scorer">
      <form className="mt-form" onSubmit={submit} data-testid="failure-scorer">
        <label className="mt-field">
          <span>Product type</span>
          <select name="type" defaultValue="L">
            <option value="L">L (low)</option>
            <option value="M">M (medium)</option>
            <option value="H">H (high)</option>
          </select>
        </label>
        {FIELDS.map((f) => (
          <label key={f.name} className="mt-field">
            <span>{f.label}</span>
            <input type="number" name={f.name} defaultValue={f.value} step={f.step} required />
          </label>
        ))}
        <button type="submit" className="vx-button mt-button--primary">
          Score
        </button>
      </form>
      {error ? (
        <div className="mt-alert mt-alert--bad" role="alert">
          {error}
        </div>
      ) : null}
      {score ? (
        <div className={`mt-alert ${score.flagged ? "mt-alert--bad" : "mt-alert--good"}`} role="status" data-testid="failure-score">
          <strong>{(score.probability * 100).toFixed(1)}% failure probability</strong> · {score.flagged ? `flagged; most like a ${MODE_NAMES[score.likelyMode] ?? score.likelyMode} failure` : "not flagged"}
          <div className="mt-modes">
            {Object.entries(score.modeProbabilities).map(([mode, p]) => (
              <div key={mode} className="mt-modes__row">
                <span>{MODE_NAMES[mode] ?? mode}</span>
                <span className="mt-modes__bar">
                  <span style={{ width: `${Math.max(1, p * 100)}%` }} />
                </span>
                <span>{(p * 100).toFixed(0)}%</span>
              </div>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}
