import type { PrismaEnum, PrismaField, PrismaGenerator, PrismaModel, PrismaSchema } from "./prisma-schema";

const SCALARS = new Set(["String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes"]);

export interface Block {
  keyword: string;
  name: string;
  body: string;
  /** Offsets of the braces in the text. */
  open: number;
  close: number;
  /** Line of the block keyword; body lines follow it. */
  line: number;
  bodyLine: number;
}

interface Attribute {
  name: string;
  args: string;
}

/** Parses a Prisma schema (already valid: `prisma generate` has checked it) into models, fields and constraints. */
export function parsePrismaSchema(text: string, fileName = "schema.prisma"): PrismaSchema {
  const blocks = topLevelBlocks(stripComments(text), fileName);
  const enums: PrismaEnum[] = blocks
    .filter((b) => b.keyword === "enum")
    .map((b) => ({
      name: b.name,
      dbName: blockAttribute(b, "map") ?? b.name,
      values: logicalLines(b.body)
        .map((l) => l.text)
        .filter((l) => !l.startsWith("@@"))
        .map((l) => l.split(/\s+/)[0]!),
    }));
  const modelNames = new Set(blocks.filter((b) => b.keyword === "model").map((b) => b.name));
  const enumNames = new Set(enums.map((e) => e.name));
  const datasource = blocks.find((b) => b.keyword === "datasource");
  return {
    datasourceProvider: datasource ? stringSetting(datasource.body, "provider") : null,
    generators: blocks
      .filter((b) => b.keyword === "generator")
      .map<PrismaGenerator>((b) => ({
        name: b.name,
        provider: stringSetting(b.body, "provider"),
        output: stringSetting(b.body, "output"),
      })),
    models: blocks.filter((b) => b.keyword === "model").map((b) => parseModel(b, modelNames, enumNames)),
    enums,
  };
}

function parseModel(block: Block, modelNames: Set<string>, enumNames: Set<string>): PrismaModel {
  const fields: PrismaField[] = [];
  const model: PrismaModel = {
    name: block.name,
    dbName: block.name,
    ignored: false,
    fields,
    primaryKey: [],
    uniques: [],
    indexes: [],
    line: block.line,
  };
  for (const { text, line } of logicalLines(block.body, block.bodyLine)) {
    if (text.startsWith("@@")) {
      const [attribute] = attributes(text.slice(1));
      if (!attribute) continue;
      if (attribute.name === "map") model.dbName = parseString(namedOrFirst(attribute.args, "name")) ?? model.dbName;
      else if (attribute.name === "ignore") model.ignored = true;
      else if (attribute.name === "id") model.primaryKey = parseFieldList(namedOrFirst(attribute.args, "fields"));
      else if (attribute.name === "unique") model.uniques.push(parseFieldList(namedOrFirst(attribute.args, "fields")));
      else if (attribute.name === "index") model.indexes.push(parseFieldList(namedOrFirst(attribute.args, "fields")));
      continue;
    }
    const match = /^(\w+)\s+(Unsupported\("(?:[^"\\]|\\.)*"\)|\w+)(\[\])?(\?)?\s*(.*)$/.exec(text);
    if (!match) throw new Error(`schema line ${line}: cannot read field definition "${text}"`);
    const [name, type, list, optional, rest] = [match[1]!, match[2]!, match[3], match[4], match[5] ?? ""];
    const attrs = attributes(rest);
    const attr = (n: string) => attrs.find((a) => a.name === n);
    const kind: PrismaField["kind"] = type.startsWith("Unsupported(")
      ? "unsupported"
      : modelNames.has(type)
        ? "relation"
        : enumNames.has(type)
          ? "enum"
          : SCALARS.has(type)
            ? "scalar"
            : "relation"; // composite types (MongoDB) have no column either
    const relationAttr = attr("relation");
    const field: PrismaField = {
      name,
      dbName: parseString(namedOrFirst(attr("map")?.args ?? "", "name")) ?? name,
      type,
      kind,
      isList: list === "[]",
      isOptional: optional === "?",
      ignored: Boolean(attr("ignore")),
      defaultValue: attr("default") ? attr("default")!.args.trim() : null,
      isUpdatedAt: Boolean(attr("updatedAt")),
      nativeType: attrs.find((a) => a.name.startsWith("db."))?.name.slice(3) ?? null,
      relation:
        kind === "relation"
          ? {
              name: parseString(namedOrFirst(relationAttr?.args ?? "", "name")),
              fields: parseFieldList(namedArgument(relationAttr?.args ?? "", "fields")),
              references: parseFieldList(namedArgument(relationAttr?.args ?? "", "references")),
            }
          : null,
      line,
    };
    fields.push(field);
    if (attr("id")) model.primaryKey = [name];
    if (attr("unique")) model.uniques.push([name]);
  }
  return model;
}

/** Blanks `//` and `///` comments outside string literals (same length, same line breaks). */
export function stripComments(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === "/" && text[i + 1] === "/") {
      // Blank the comment with spaces so positions still index the original text.
      while (i < text.length && text[i] !== "\n") {
        out += " ";
        i++;
      }
      if (i < text.length) out += "\n";
    } else {
      out += c;
    }
  }
  return out;
}

/** The top-level blocks of comment-free schema text. */
export function topLevelBlocks(text: string, fileName: string): Block[] {
  const blocks: Block[] = [];
  const header = /^[ \t]*(model|enum|view|type|generator|datasource)\s+(\w+)\s*\{/gm;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const open = match.index + match[0].length - 1;
    const close = matchingBrace(text, open);
    if (close < 0) throw new Error(`${fileName}: block "${match[1]} ${match[2]}" is not closed`);
    const line = lineOf(text, match.index + match[0].indexOf(match[1]!));
    blocks.push({
      keyword: match[1]!,
      name: match[2]!,
      body: text.slice(open + 1, close),
      open,
      close,
      line,
      bodyLine: lineOf(text, open),
    });
    header.lastIndex = close + 1;
  }
  return blocks;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text[i] === "\n") line++;
  return line;
}

/** Non-empty lines of a block body, joining lines while brackets or parentheses are open. */
function logicalLines(body: string, firstLine = 1): { text: string; line: number }[] {
  const result: { text: string; line: number }[] = [];
  let pending = "";
  let pendingLine = 0;
  body.split("\n").forEach((raw, index) => {
    const text = raw.trim();
    if (!pending && !text) return;
    if (!pending) pendingLine = firstLine + index;
    pending = pending ? `${pending} ${text}` : text;
    if (bracketBalance(pending) <= 0) {
      result.push({ text: pending, line: pendingLine });
      pending = "";
    }
  });
  if (pending) result.push({ text: pending, line: pendingLine });
  return result;
}

function bracketBalance(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
  }
  return depth;
}

/** `@name(args) @other` → attributes; `text` starts at or before the first `@`. */
function attributes(text: string): Attribute[] {
  const result: Attribute[] = [];
  let i = 0;
  while ((i = text.indexOf("@", i)) >= 0) {
    const nameMatch = /^@([\w.]+)/.exec(text.slice(i));
    if (!nameMatch) {
      i++;
      continue;
    }
    i += nameMatch[0].length;
    let args = "";
    if (text[i] === "(") {
      const end = matchingParen(text, i);
      args = text.slice(i + 1, end);
      i = end + 1;
    }
    result.push({ name: nameMatch[1]!, args });
  }
  return result;
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && --depth === 0) return i;
  }
  return text.length;
}

/** Top-level comma-separated arguments. */
function splitArguments(args: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inString = false;
  let current = "";
  for (let i = 0; i < args.length; i++) {
    const c = args[i]!;
    if (inString) {
      if (c === "\\") current += args[i++] ?? "";
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += c;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

function firstArgument(args: string): string {
  const first = splitArguments(args)[0] ?? "";
  return /^\w+\s*:/.test(first) ? "" : first;
}

function namedArgument(args: string, name: string): string {
  for (const part of splitArguments(args)) {
    const match = new RegExp(`^${name}\\s*:\\s*([\\s\\S]*)$`).exec(part);
    if (match) return match[1]!;
  }
  return "";
}

function namedOrFirst(args: string, name: string): string {
  return namedArgument(args, name) || firstArgument(args);
}

/** `[a, b(sort: Desc)]` → ["a", "b"]. */
function parseFieldList(text: string): string[] {
  const inner = text.trim().replace(/^\[/, "").replace(/\]$/, "");
  return splitArguments(inner)
    .map((part) => /^\w+/.exec(part)?.[0] ?? "")
    .filter(Boolean);
}

function parseString(text: string): string | null {
  const match = /^"((?:[^"\\]|\\.)*)"$/.exec(text.trim());
  return match ? match[1]!.replace(/\\(.)/g, "$1") : null;
}

function stringSetting(body: string, key: string): string | null {
  const match = new RegExp(`^\\s*${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"`, "m").exec(body);
  return match ? match[1]! : null;
}

function blockAttribute(block: Block, name: string): string | null {
  for (const { text } of logicalLines(block.body)) {
    if (!text.startsWith("@@")) continue;
    const [attribute] = attributes(text.slice(1));
    if (attribute?.name === name) return parseString(namedOrFirst(attribute.args, "name"));
  }
  return null;
}
