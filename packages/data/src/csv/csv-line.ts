// The file-system-free CSV primitives, for code that parses text already in memory (upload handlers in web
// servers, which must not bundle the file readers): `@verticals/data/csv-line`.
export { LineSyntaxError, splitCsvLine, splitWhitespaceLine } from "./split-line";
export { parseStrictInteger, parseStrictNumber } from "./parse-number";
