import { describe, expect, it } from "@jest/globals";
import { readMaxEpochs, readTargetSensitivity, triageConfig } from "../src/pipeline/config";
import { readEnv } from "../src/env";

describe("configuration", () => {
  it("reads the target sensitivity and epoch cap with clear errors", () => {
    expect(readTargetSensitivity({})).toBe(0.95);
    expect(readTargetSensitivity({ TRIAGE_TARGET_SENSITIVITY: "0.9" })).toBe(0.9);
    expect(() => readTargetSensitivity({ TRIAGE_TARGET_SENSITIVITY: "95" })).toThrow(/TRIAGE_TARGET_SENSITIVITY must be a number in \(0, 1\]/);
    expect(readMaxEpochs({})).toBe(16);
    expect(() => readMaxEpochs({ TRIAGE_MAX_EPOCHS: "zero" })).toThrow(/TRIAGE_MAX_EPOCHS/);
    expect(triageConfig(7, { TRIAGE_MAX_EPOCHS: "3" }).train).toMatchObject({ seed: 7, maxEpochs: 3 });
  });

  it("validates the app environment in one place", () => {
    const env = readEnv({ TRIAGE_UID_KEY: "0123456789abcdef0123", TRIAGE_MAX_UPLOAD_BYTES: "1000" }, "/tmp/triage-app");
    expect(env).toMatchObject({ maxUploadBytes: 1000, modelDir: "/tmp/triage-app/.verticals/model", readingTargetMinutes: 240 });
    expect(() => readEnv({ TRIAGE_MAX_UPLOAD_BYTES: "-5", TRIAGE_UID_KEY: "0123456789abcdef0123" })).toThrow(/TRIAGE_MAX_UPLOAD_BYTES/);
  });
});
