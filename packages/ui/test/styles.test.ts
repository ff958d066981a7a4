// The stylesheet and the TypeScript palette must agree, and every vx- class the components use must exist.
import { describe, expect, it } from "@jest/globals";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { palette } from "../src/theme";

const srcDir = join(import.meta.dirname, "..", "src");
const css = readFileSync(join(srcDir, "styles.css"), "utf8");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".tsx") ? [path] : [];
  });
}

describe("styles.css", () => {
  it("imports Inter from npm, not from the network", () => {
    expect(css).toMatch(/@import "@fontsource-variable\/inter";/);
    expect(css).not.toMatch(/https?:\/\//);
  });

  it("mirrors the palette's model, baseline and tone colours", () => {
    const pairs: Array<[string, string]> = [
      ["--vx-model", palette.model],
      ["--vx-model-soft", palette.modelSoft],
      ["--vx-baseline", palette.baseline],
      ["--vx-baseline-soft", palette.baselineSoft],
      ["--vx-good", palette.good],
      ["--vx-bad", palette.bad],
      ["--vx-warn", palette.warn],
      ["--vx-text", palette.text],
      ["--vx-muted", palette.muted],
      ["--vx-subtle", palette.subtle],
    ];
    for (const [name, value] of pairs) expect(`${name}: ${css.match(new RegExp(`${name}:\\s*(#[0-9a-f]{6})`))?.[1]}`).toBe(`${name}: ${value}`);
  });

  it("defines every static vx- class used by the components", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(srcDir)) {
      const source = readFileSync(file, "utf8");
      for (const attr of source.matchAll(/className=(?:"([^"]*)"|\{`([^`]*)`\}|\{cx\(([^)]*)\)\})/g)) {
        const value = attr[1] ?? attr[2] ?? attr[3] ?? "";
        for (const name of value.match(/vx-[a-z0-9_-]+/g) ?? []) if (!name.endsWith("-")) used.add(name);
      }
    }
    expect(used.size).toBeGreaterThan(60);
    const missing = [...used].filter((name) => !new RegExp(`\\.${name}(?![a-z0-9_-])`).test(css));
    expect(missing).toEqual([]);
  });
});
