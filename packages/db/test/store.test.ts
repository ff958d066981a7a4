import { afterAll, beforeAll, expect, it } from "@jest/globals";
import { Prisma } from "./fixtures/app/src/store/generated/sqlite/client";
import type { PrismaClient } from "./fixtures/app/src/store/generated/sqlite/client";
import { describeEachStore } from "../src/testing";
import { fixturePrismaDir, openFixtureClient } from "./helpers/fixture";

describeEachStore(
  "Prisma client on migrated store",
  (getUrl, provider) => {
    let prisma: PrismaClient;
    beforeAll(async () => {
      prisma = await openFixtureClient(getUrl());
    });
    afterAll(async () => {
      await prisma?.$disconnect();
    });

    it("creates, reads, updates and deletes through the generated client", async () => {
      const startedAt = new Date("2025-03-01T12:34:56.789Z");
      const run = await prisma.scoringRun.create({
        data: {
          name: `run-${provider}`,
          startedAt,
          threshold: 0.123456789012345,
          paramsJson: JSON.stringify({ trees: 200, depth: 6 }),
          scores: {
            create: [
              { entityKey: "tx-1", score: 0.91, flagged: true, scoredAt: startedAt },
              { entityKey: "tx-2", score: 0.12, scoredAt: startedAt, label: "legit" },
            ],
          },
        },
        include: { scores: { orderBy: { entityKey: "asc" } } },
      });
      expect(run.id).toBeGreaterThan(0);
      expect(run.startedAt.toISOString()).toBe(startedAt.toISOString());
      expect(run.threshold).toBe(0.123456789012345); // double precision on both
      expect(run.notes).toBeNull();
      expect(JSON.parse(run.paramsJson)).toEqual({ trees: 200, depth: 6 });
      expect(run.scores.map((s) => [s.entityKey, s.score, s.flagged, s.label])).toEqual([
        ["tx-1", 0.91, true, null],
        ["tx-2", 0.12, false, "legit"],
      ]);

      const defaults = await prisma.scoringRun.create({ data: { name: `defaults-${provider}`, threshold: 0.5 } });
      expect(defaults.paramsJson).toBe("{}");
      expect(Math.abs(defaults.startedAt.getTime() - Date.now())).toBeLessThan(60_000);

      const flagged = await prisma.score.findMany({ where: { run: { name: `run-${provider}` }, score: { gte: 0.5 } } });
      expect(flagged.map((s) => s.entityKey)).toEqual(["tx-1"]);

      await prisma.scoringRun.update({ where: { name: `run-${provider}` }, data: { notes: "reviewed" } });
      expect((await prisma.scoringRun.findUniqueOrThrow({ where: { id: run.id } })).notes).toBe("reviewed");

      await prisma.scoringRun.delete({ where: { id: run.id } });
      expect(await prisma.score.count({ where: { runId: run.id } })).toBe(0); // ON DELETE CASCADE
    });

    it("enforces the unique indexes (P2002)", async () => {
      const run = await prisma.scoringRun.create({ data: { name: `unique-${provider}`, threshold: 0.5 } });
      const scoredAt = new Date();
      await prisma.score.create({ data: { runId: run.id, entityKey: "a", score: 1, scoredAt } });
      const duplicate = prisma.score.create({ data: { runId: run.id, entityKey: "a", score: 2, scoredAt } });
      await expect(duplicate).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
      await expect(duplicate).rejects.toMatchObject({ code: "P2002" });
      await expect(prisma.scoringRun.create({ data: { name: `unique-${provider}`, threshold: 1 } })).rejects.toMatchObject({
        code: "P2002",
      });
    });

    it("runs a transaction and rolls it back on error", async () => {
      const name = `tx-${provider}`;
      await expect(
        prisma.$transaction(async (tx) => {
          await tx.scoringRun.create({ data: { name, threshold: 0.5 } });
          throw new Error("abort");
        }),
      ).rejects.toThrow("abort");
      expect(await prisma.scoringRun.findUnique({ where: { name } })).toBeNull();
    });
  },
  { prismaDir: fixturePrismaDir },
);
