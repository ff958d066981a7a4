import { open } from "node:fs/promises";

/**
 * 1-based line of the first byte sequence that is not UTF-8, or undefined. Only run after a chunked
 * decode failed, to point at the line: newline bytes never occur inside a UTF-8 sequence, so each
 * line can be decoded on its own.
 */
export async function findInvalidUtf8Line(file: string): Promise<number | undefined> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const chunk = new Uint8Array(1 << 16);
  const handle = await open(file, "r");
  let line = 1;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      let start = 0;
      for (;;) {
        const newline = chunk.indexOf(0x0a, start);
        const end = newline === -1 || newline >= bytesRead ? bytesRead : newline;
        try {
          decoder.decode(chunk.subarray(start, end), { stream: end === bytesRead });
        } catch {
          return line;
        }
        if (end === bytesRead) break;
        line++;
        start = end + 1;
      }
    }
    decoder.decode(new Uint8Array(0));
  } catch {
    return line;
  } finally {
    await handle.close();
  }
  return undefined;
}
