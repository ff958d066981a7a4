import { describe, expect, it } from "@jest/globals";
import { GET } from "../app/api/health/route";

describe("GET /api/health", () => {
  it("answers ok as uncached JSON", async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: "ok", app: "hello", node: process.version });
    expect(Number.isInteger(body.uptimeSeconds)).toBe(true);
  });
});
