import type { PlanSettings } from "../../src/pipeline/plan";

const FIELDS: { key: keyof PlanSettings; label: string; step: number; min: number; help: string }[] = [
  { key: "horizonCycles", label: "Horizon (cycles)", step: 1, min: 1, help: "How far ahead the plan looks" },
  { key: "slotCycles", label: "Slot length (cycles)", step: 1, min: 1, help: "Crews are booked per slot" },
  { key: "crewsPerSlot", label: "Crews per slot", step: 1, min: 0, help: "Engines that can be serviced per slot" },
  { key: "plannedStopCost", label: "Planned stop ($)", step: 1000, min: 0, help: "Cost of a scheduled service" },
  { key: "unplannedFailureCost", label: "Unplanned failure ($)", step: 1000, min: 0, help: "Repair, secondary damage, downtime" },
];

/** What-if settings: a plain GET form, so it works without JavaScript and the URL can be shared. */
export function PlanSettingsForm({ settings }: { settings: PlanSettings }) {
  return (
    <form method="get" action="/plan" className="mt-form" data-testid="plan-settings">
      {FIELDS.map((f) => (
        <label key={f.key} className="mt-field" title={f.help}>
          <span>{f.label}</span>
          <input type="number" name={f.key} defaultValue={settings[f.key]} step={f.step} min={f.min} />
        </label>
      ))}
      <button type="submit" className="vx-button">
        Recompute
      </button>
    </form>
  );
}
