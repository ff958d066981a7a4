// Apps describe their backend freely ("tfjs · wasm (SIMD)", sometimes with a long fallback note): a card
// shows the first facts only and keeps the full text for the tooltip.
const MAX_LENGTH = 48;

export function shortBackend(text: string): string {
  const kept: string[] = [];
  for (const part of text.split(" · ").map((segment) => segment.trim())) {
    if (/^fallback\b/i.test(part)) break;
    kept.push(part);
  }
  const short = kept.join(" · ") || text.trim();
  return short.length > MAX_LENGTH ? `${short.slice(0, MAX_LENGTH - 1).trimEnd()}…` : short;
}
