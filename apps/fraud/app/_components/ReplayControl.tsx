"use client";

// Streams the held-back test transactions through the real scoring API, one request per transaction, so the
// live figures and the alert queue fill up while you watch.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { SCORED_EVENT } from "./LiveKpis";

const SPEEDS = [2, 5, 10] as const;

interface Status {
  streamed: number;
  alerts: number;
  remaining: number | null;
  error: string | null;
}

export function ReplayControl() {
  const router = useRouter();
  const [running, setRunning] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(5);
  const [status, setStatus] = useState<Status>({ streamed: 0, alerts: 0, remaining: null, error: null });
  const runRef = useRef(false);
  const speedRef = useRef(speed);
  speedRef.current = speed;

  useEffect(() => () => void (runRef.current = false), []);

  const loop = async () => {
    let sinceRefresh = 0;
    while (runRef.current) {
      const next = await fetch("/api/replay?count=20", { cache: "no-store" });
      const body = (await next.json()) as { transactions?: Array<Record<string, unknown>>; remaining?: number; message?: string };
      if (!next.ok || !body.transactions) {
        setStatus((s) => ({ ...s, error: body.message ?? `replay failed (${next.status})` }));
        break;
      }
      if (body.transactions.length === 0) {
        setStatus((s) => ({ ...s, remaining: 0 }));
        break;
      }
      for (const transaction of body.transactions) {
        if (!runRef.current) break;
        const started = performance.now();
        const response = await fetch("/api/score?source=replay", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(transaction) });
        const result = (await response.json()) as { alertId?: number | null; message?: string };
        if (!response.ok) {
          setStatus((s) => ({ ...s, error: result.message ?? `scoring failed (${response.status})` }));
          runRef.current = false;
          break;
        }
        setStatus((s) => ({ ...s, streamed: s.streamed + 1, alerts: s.alerts + (result.alertId ? 1 : 0), remaining: s.remaining === null ? null : Math.max(0, s.remaining - 1) }));
        window.dispatchEvent(new Event(SCORED_EVENT));
        if (result.alertId && ++sinceRefresh >= 1) {
          sinceRefresh = 0;
          router.refresh();
        }
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 / speedRef.current - (performance.now() - started))));
      }
      setStatus((s) => ({ ...s, remaining: body.remaining ?? null }));
    }
    runRef.current = false;
    setRunning(false);
    router.refresh();
  };

  const toggle = () => {
    if (running) {
      runRef.current = false;
      setRunning(false);
      return;
    }
    runRef.current = true;
    setRunning(true);
    setStatus((s) => ({ ...s, error: null }));
    void loop();
  };

  return (
    <div className="fraud-replay" data-testid="replay">
      <button type="button" className={`fraud-button ${running ? "fraud-button--secondary" : "fraud-button--primary"}`} onClick={toggle} data-testid="replay-toggle">
        {running ? "Pause replay" : "▶ Replay held-back transactions"}
      </button>
      <label className="fraud-replay__speed">
        <span>Speed</span>
        <select value={speed} onChange={(event) => setSpeed(Number(event.target.value) as (typeof SPEEDS)[number])} aria-label="Transactions per second">
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s} / s
            </option>
          ))}
        </select>
      </label>
      <span className="fraud-replay__status" aria-live="polite" data-testid="replay-status">
        {status.error
          ? status.error
          : status.remaining === 0
            ? "Every held-back transaction has been streamed."
            : status.streamed > 0
              ? `${status.streamed} streamed · ${status.alerts} alerts${status.remaining !== null ? ` · ${status.remaining.toLocaleString("en-US")} left` : ""}`
              : "Sends test transactions the model never saw to POST /api/score, live."}
      </span>
    </div>
  );
}
