import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { join } from "node:path";
import { consoleProgress, FetchError, fetchDataset, type FetchLike } from "../src/index";
import { makeTempDir, rejection, removeDir } from "./test-helpers";

let root: string;
beforeAll(async () => {
  root = await makeTempDir("fetch-offline");
});
afterAll(() => removeDir(root));

/** A fetch that fails as undici does when there is no network: TypeError("fetch failed") with the system error as cause. */
const failingFetch =
  (cause: unknown): FetchLike =>
  async () => {
    throw new TypeError("fetch failed", { cause });
  };

const fileSource = { pneumoniamnist: { kind: "file" as const, url: "https://zenodo.example/pneumoniamnist.npz", file: "pneumoniamnist.npz" } };

describe("fetchDataset offline", () => {
  it("says the host name could not be resolved, that the machine may be offline, and what to do instead", async () => {
    const error = await rejection(
      fetchDataset("pneumoniamnist", join(root, "dns"), { fetch: failingFetch({ code: "ENOTFOUND", hostname: "zenodo.example" }), sources: fileSource }),
    );
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe("offline");
    expect(error.message).toMatch(/^Could not download pneumoniamnist \(PneumoniaMNIST \(MedMNIST v2\)\) from https:\/\/zenodo\.example\/pneumoniamnist\.npz/);
    expect(error.message).toMatch(/host name zenodo\.example could not be resolved \(ENOTFOUND\)/);
    expect(error.message).toMatch(/may be offline/);
    expect(error.message).toMatch(/synthetic twin/);
  });

  it("finds the error code inside an AggregateError (several addresses tried) and reports timeouts", async () => {
    const aggregate = new AggregateError([Object.assign(new Error("connect"), { code: "ENETUNREACH" })], "all failed");
    const unreachable = await rejection(fetchDataset("pneumoniamnist", join(root, "agg"), { fetch: failingFetch(aggregate), sources: fileSource }));
    expect(unreachable.message).toMatch(/zenodo\.example could not be reached \(ENETUNREACH\)/);
    const timeout: FetchLike = async () => {
      throw new DOMException("The operation was aborted due to timeout", "TimeoutError");
    };
    const slow = await rejection(fetchDataset("pneumoniamnist", join(root, "slow"), { fetch: timeout, sources: fileSource }));
    expect((slow as FetchError).code).toBe("offline");
    expect(slow.message).toMatch(/did not answer in time/);
  });
});

describe("consoleProgress", () => {
  const fakeStream = (isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } => {
    const chunks: string[] = [];
    const stream = { isTTY, write: (chunk: string) => chunks.push(chunk) } as unknown as NodeJS.WriteStream;
    return { stream, text: () => chunks.join("") };
  };

  it("prints a line per tenth and at the end when not on a terminal", () => {
    const { stream, text } = fakeStream(false);
    const report = consoleProgress("downloading x", stream);
    const total = 10 * 1024 * 1024;
    for (let received = 0; received <= total; received += 512 * 1024) report({ url: "u", receivedBytes: received, totalBytes: total, done: false });
    report({ url: "u", receivedBytes: total, totalBytes: total, done: true });
    const lines = text().trim().split("\n");
    expect(lines[0]).toBe("downloading x: 0.0 / 10.0 MB (0%)");
    expect(lines).toContain("downloading x: 5.0 / 10.0 MB (50%)");
    expect(lines.at(-1)).toBe("downloading x: 10.0 / 10.0 MB (100%)");
    expect(lines.length).toBe(11);
  });

  it("rewrites one line on a terminal and shows bytes alone when the size is unknown", () => {
    const { stream, text } = fakeStream(true);
    const report = consoleProgress("downloading y", stream);
    report({ url: "u", receivedBytes: 0, totalBytes: undefined, done: false });
    report({ url: "u", receivedBytes: 3 * 1024 * 1024, totalBytes: undefined, done: true });
    expect(text()).toBe("\rdownloading y: 0.0 MB\rdownloading y: 3.0 MB\n");
  });
});
