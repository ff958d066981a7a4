import { describe, expect, it } from "@jest/globals";
import { formatReadingTarget, rankingRule, rankWorklist } from "../src/store/ranking";

const now = new Date("2026-11-24T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("worklist ranking", () => {
  it("puts flagged studies first by probability, then overdue, then routine by arrival", () => {
    const ranked = rankWorklist(
      [
        { id: 1, probability: 0.2, flagged: false, arrivedAt: ago(10) },
        { id: 2, probability: 0.97, flagged: true, arrivedAt: ago(5) },
        { id: 3, probability: 0.91, flagged: true, arrivedAt: ago(50) },
        { id: 4, probability: 0.1, flagged: false, arrivedAt: ago(300) },
        { id: 5, probability: 0.4, flagged: false, arrivedAt: ago(60) },
        { id: 6, probability: 0.9704, flagged: true, arrivedAt: ago(30) },
      ],
      now,
    );
    expect(ranked.map((r) => r.item.id)).toEqual([6, 2, 3, 4, 5, 1]);
    expect(ranked.map((r) => r.tier)).toEqual(["urgent", "urgent", "urgent", "overdue", "routine", "routine"]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ranked[3]!.waitingMinutes).toBe(300);
  });

  it("honours a custom reading target", () => {
    const ranked = rankWorklist([{ id: 1, probability: 0.1, flagged: false, arrivedAt: ago(40) }, { id: 2, probability: 0.3, flagged: false, arrivedAt: ago(20) }], now, 30);
    expect(ranked.map((r) => [r.item.id, r.tier])).toEqual([[1, "overdue"], [2, "routine"]]);
  });
});

describe("the reading target in words", () => {
  it("follows TRIAGE_READING_TARGET_MINUTES", () => {
    expect(formatReadingTarget(240)).toBe("4 h");
    expect(formatReadingTarget(90)).toBe("90 min");
    expect(rankingRule(90)).toMatch(/waiting longer than the 90 min reading target/);
  });
});
