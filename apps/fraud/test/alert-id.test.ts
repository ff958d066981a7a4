import { describe, expect, it } from "@jest/globals";
import { MAX_ALERT_ID, parseAlertId } from "../src/store/alert-id";

describe("alert ids in URLs", () => {
  it("accept 1 to 2^31 − 1 written in digits, nothing else", () => {
    expect(parseAlertId("1")).toBe(1);
    expect(parseAlertId(String(MAX_ALERT_ID))).toBe(MAX_ALERT_ID);
    for (const bad of ["0", "-1", "1.5", "1e3", " 1", "", "2147483648", "9".repeat(25), "abc"]) expect(parseAlertId(bad)).toBeNull();
  });
});
