// The vertical template (packages/cli/templates/vertical) rendered in memory. Templates are real app files
// with __TOKENS__ in strings, so they read like code; a token left unreplaced or unknown fails loudly.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const TEMPLATE_DIR = join(import.meta.dirname, "..", "..", "templates", "vertical");

export type TemplateTokens = Record<string, string>;

export interface RenderedFile {
  /** Path inside the new app, "/"-separated. */
  path: string;
  content: string;
}

const TOKEN = /__([A-Z][A-Z0-9]*)__/g;

export function renderTemplate(tokens: TemplateTokens, templateDir = TEMPLATE_DIR): RenderedFile[] {
  return listFiles(templateDir).map((file) => {
    const path = relative(templateDir, file).split(sep).join("/");
    return { path: fill(path, tokens, path), content: fill(readFileSync(file, "utf8"), tokens, path) };
  });
}

function fill(text: string, tokens: TemplateTokens, where: string): string {
  return text.replace(TOKEN, (match, name: string) => {
    const value = tokens[name];
    if (value === undefined) throw new Error(`${join(TEMPLATE_DIR, where)}: unknown template token ${match} (known: ${Object.keys(tokens).join(", ")})`);
    return value;
  });
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}
