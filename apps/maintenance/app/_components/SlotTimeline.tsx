import Link from "next/link";
import { formatPercent } from "@verticals/ui";

export interface TimelineSlot {
  slot: number;
  start: number;
  end: number;
  capacity: number;
  engines: { id: string; failProb: number }[];
}

/** The plan as a timeline: one column per slot, one box per crew, filled with the engine it services. */
export function SlotTimeline({ slots, testId }: { slots: TimelineSlot[]; testId?: string }) {
  return (
    <div className="mt-timeline" data-testid={testId}>
      {slots.map((s) => (
        <div key={s.slot} className="mt-timeline__slot">
          <div className="mt-timeline__head">
            <strong>{s.start === 0 ? "Now" : `In ${s.start} cycles`}</strong>
            <span>
              cycles {s.start}–{s.end} · {s.engines.length}/{s.capacity} crews
            </span>
          </div>
          <div className="mt-timeline__crews">
            {Array.from({ length: Math.max(s.capacity, s.engines.length) }, (_, k) => {
              const e = s.engines[k];
              return e ? (
                <Link key={k} href={`/assets/${e.id}`} className="mt-crew mt-crew--busy" data-testid="planned-stop">
                  <span className="mt-crew__id">{e.id}</span>
                  <span className="mt-crew__p">{formatPercent(e.failProb, { digits: 0 })} risk</span>
                </Link>
              ) : (
                <div key={k} className="mt-crew mt-crew--free">
                  free crew
                </div>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
