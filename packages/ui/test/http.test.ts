import { describe, expect, it } from "@jest/globals";
import { BodyTooLargeError, MAX_RECORD_ID, parseRecordId, readBodyBytes, readBodyText, readFormData } from "../src/http";

const URL_ = "http://localhost/api";

/** A streamed body with no content-length; counts what the reader pulled. */
function streamed(chunk: Uint8Array, chunks: number, headers: Record<string, string> = {}) {
  const pulled = { bytes: 0 };
  let left = chunks;
  const request = new Request(URL_, {
    method: "POST",
    headers,
    body: new ReadableStream({
      pull(controller) {
        if (left-- <= 0) return controller.close();
        pulled.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    }),
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

describe("bounded request bodies", () => {
  it("reads a body within the limit, as bytes or text", async () => {
    expect(await readBodyText(new Request(URL_, { method: "POST", body: "héllo" }), 100)).toBe("héllo");
    expect(Array.from(await readBodyBytes(new Request(URL_, { method: "POST", body: "ab" }), 2))).toEqual([97, 98]);
    expect(await readBodyBytes(new Request(URL_, { method: "GET" }), 10)).toHaveLength(0);
  });

  it("refuses a declared length over the limit before reading", async () => {
    const request = new Request(URL_, { method: "POST", headers: { "content-length": "1001" }, body: "x" });
    await expect(readBodyBytes(request, 1000)).rejects.toThrow(new BodyTooLargeError(1000));
  });

  it("stops a stream without content-length as soon as it passes the limit", async () => {
    const { request, pulled } = streamed(new Uint8Array(1024), 1_000_000);
    await expect(readBodyText(request, 10_000)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled.bytes).toBeLessThan(20_000);
  });

  it("reads a multipart form within the file limit, and refuses a bigger one while streaming", async () => {
    const form = new FormData();
    form.set("file", new File(["a,b\n1,2\n"], "small.csv", { type: "text/csv" }));
    const ok = await readFormData(new Request(URL_, { method: "POST", body: form }), 1000);
    expect(await (ok.get("file") as File).text()).toBe("a,b\n1,2\n");

    const boundary = "b0undary";
    const head = new TextEncoder().encode(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.csv"\r\n\r\n`);
    const { request, pulled } = streamed(new Uint8Array(64 * 1024).fill(49), 10_000, { "content-type": `multipart/form-data; boundary=${boundary}` });
    const withHead = new Request(URL_, {
      method: "POST",
      headers: request.headers,
      body: new Blob([head]).stream().pipeThrough(new TransformStream()),
      duplex: "half",
    } as RequestInit);
    // Just a part header: not a complete form (a TypeError, from undici's realm).
    await expect(readFormData(withHead, 1000)).rejects.toMatchObject({ name: "TypeError" });
    await expect(readFormData(request, 100_000)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled.bytes).toBeLessThan(100_000 + 64 * 1024 + 2 * 64 * 1024);
  });
});

describe("record ids in URLs", () => {
  it("accept 1 to 2^31 − 1 in plain digits, nothing else", () => {
    expect(parseRecordId("1")).toBe(1);
    expect(parseRecordId("007")).toBe(7);
    expect(parseRecordId(String(MAX_RECORD_ID))).toBe(MAX_RECORD_ID);
    for (const bad of ["0", "-1", "1.5", "1e3", " 1", "", "2147483648", "9".repeat(25), "abc"]) expect(parseRecordId(bad)).toBeNull();
  });
});
