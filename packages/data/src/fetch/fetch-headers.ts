// A request whose timeout covers connecting and the response headers only: the body of a large download may
// take as long as it needs. (AbortSignal.timeout would abort the body mid-download too, so the timer is
// cleared once the headers arrive.) Shared by dataset downloads and pretrained-model downloads.
import type { FetchLike } from "./download";

/** The response once its headers arrived within `timeoutMs`; a timeout rejects with a "TimeoutError" DOMException. */
export async function fetchHeadersWithin(fetchImpl: FetchLike, url: string, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`no response within ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
  try {
    return await fetchImpl(url, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}
