import { describe, expect, it } from "@jest/globals";
import { waiting } from "../app/format";

describe("waiting time in words", () => {
  it("never shows 60 minutes past an hour", () => {
    expect(waiting(0.5)).toBe("just now");
    expect(waiting(59.7)).toBe("1 h");
    expect(waiting(599.7)).toBe("10 h");
    expect(waiting(598.4)).toBe("9 h 58 min");
    expect(waiting(42.2)).toBe("42 min");
  });
});
