// Console output for the CLI: steps with elapsed time so long runs stay visible.
const startedAt = Date.now();

function elapsed(): string {
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

export const log = {
  step(message: string): void {
    process.stderr.write(`\n[${elapsed()}] ▸ ${message}\n`);
  },
  info(message: string): void {
    process.stderr.write(`          ${message}\n`);
  },
  warn(message: string): void {
    process.stderr.write(`          ! ${message}\n`);
  },
};
