import type { DownloadProgress } from "./download";

const MB = 1024 * 1024;

/**
 * A progress reporter for terminals: "<label>: 12.3 / 45.6 MB (27%)" rewritten in place on a TTY at most
 * every 200 ms, or a line per 10% otherwise (logs and CI stay readable).
 */
export function consoleProgress(label: string, stream: NodeJS.WriteStream = process.stderr): (progress: DownloadProgress) => void {
  let lastPrint = 0;
  let lastDecile = -1;
  return (p) => {
    const total = p.totalBytes;
    const text =
      total !== undefined && total > 0
        ? `${label}: ${(p.receivedBytes / MB).toFixed(1)} / ${(total / MB).toFixed(1)} MB (${Math.floor((100 * p.receivedBytes) / total)}%)`
        : `${label}: ${(p.receivedBytes / MB).toFixed(1)} MB`;
    if (stream.isTTY) {
      const now = Date.now();
      if (!p.done && now - lastPrint < 200) return;
      lastPrint = now;
      stream.write(`\r${text}${p.done ? "\n" : ""}`);
      return;
    }
    const decile = total ? Math.floor((10 * p.receivedBytes) / total) : -1;
    if (p.done || (decile > lastDecile && decile < 10)) {
      lastDecile = decile;
      stream.write(`${text}\n`);
    }
  };
}
