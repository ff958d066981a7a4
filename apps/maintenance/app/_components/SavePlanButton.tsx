"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { PlanSettings } from "../../src/pipeline/plan";

/** Saves a what-if plan as the current plan (POST /api/plan), then shows it. */
export function SavePlanButton({ settings }: { settings: PlanSettings }) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "saving" | string>("idle");
  return (
    <span className="mt-inline">
      <button
        type="button"
        className="vx-button mt-button--primary"
        disabled={state === "saving"}
        onClick={async () => {
          setState("saving");
          const response = await fetch("/api/plan", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(settings) });
          if (!response.ok) {
            setState(((await response.json().catch(() => ({}))) as { error?: string }).error ?? `Failed (${response.status})`);
            return;
          }
          setState("idle");
          router.push("/plan");
          router.refresh();
        }}
      >
        {state === "saving" ? "Saving…" : "Make this the current plan"}
      </button>
      {state !== "idle" && state !== "saving" ? <span className="mt-error">{state}</span> : null}
    </span>
  );
}
