import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { importUpload, receiveUpload, uploadMaxBytes, type ReceivedUpload } from "./upload";

const fixture = (name: string) => readFile(path.join(import.meta.dirname, "fixtures", name));

async function send(parts: Record<string, Blob | [Buffer, string] | string>, maxBytes = 1024 * 1024) {
  const form = new FormData();
  for (const [name, part] of Object.entries(parts)) {
    if (Array.isArray(part)) form.append(name, new Blob([new Uint8Array(part[0])]), part[1]);
    else form.append(name, part);
  }
  const request = new Request("http://vitrine.test/api/admin/imports", { method: "POST", body: form });
  return receiveUpload(request.body, { contentType: request.headers.get("content-type"), contentLength: null }, { maxBytes });
}

describe("receiveUpload", () => {
  it("keeps the chosen files and the partial box, then discards them", async () => {
    const upload = await send({ products: [await fixture("upload-small.xml"), "flux.xml"], stores: [await fixture("stores.csv"), "magasins.csv"], partial: "on" });
    expect(upload.ok).toBe(true);
    const { files, partial, discard } = upload as ReceivedUpload;
    expect(partial).toBe(true);
    expect(files.products?.name).toBe("flux.xml");
    expect(await readFile(files.products!.path)).toEqual(await fixture("upload-small.xml"));
    expect(files.stores?.name).toBe("magasins.csv");
    await discard();
    await expect(readFile(files.products!.path)).rejects.toThrow();
  });

  it("refuses no product feed, a wrong type, two product feeds, an over-cap body and a non-multipart body", async () => {
    expect(await send({ partial: "on" })).toMatchObject({ ok: false, status: 400, code: "no_products_file" });
    expect(await send({ products: [Buffer.from("\x89PNG"), "photo.png"] })).toMatchObject({ ok: false, status: 415, code: "unsupported_type" });
    const feed = await fixture("upload-small.xml");
    const twice = new FormData();
    twice.append("products", new Blob([new Uint8Array(feed)]), "a.xml");
    twice.append("products", new Blob([new Uint8Array(feed)]), "b.xml");
    const request = new Request("http://vitrine.test/", { method: "POST", body: twice });
    expect(await receiveUpload(request.body, { contentType: request.headers.get("content-type"), contentLength: null })).toMatchObject({ ok: false, status: 400, code: "bad_request" });
    expect(await send({ products: [Buffer.alloc(4096, "a"), "big.tsv"] }, 1024)).toMatchObject({ ok: false, status: 413, code: "too_large" });
    expect(await receiveUpload(new Blob(["{}"]).stream(), { contentType: "application/json", contentLength: "2" })).toMatchObject({ ok: false, status: 415 });
    expect(await receiveUpload(new Blob(["x"]).stream(), { contentType: "multipart/form-data; boundary=x", contentLength: String(10 ** 9) })).toMatchObject({ ok: false, status: 413 });
  });

  it("reads the cap from IMPORT_UPLOAD_MAX_MB, 50 MB by default", () => {
    expect(uploadMaxBytes({})).toBe(50 * 1024 * 1024);
    expect(uploadMaxBytes({ IMPORT_UPLOAD_MAX_MB: "2" })).toBe(2 * 1024 * 1024);
    expect(uploadMaxBytes({ IMPORT_UPLOAD_MAX_MB: "nope" })).toBe(50 * 1024 * 1024);
  });
});

describe("importUpload", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: "memory" });
  });
  afterAll(() => database?.close());

  it("imports the upload, reports its rejected rows, and turns away a second one while it runs", async () => {
    const first = (await send({ products: [await fixture("upload-small.xml"), "flux.xml"], partial: "on" })) as ReceivedUpload;
    const second = (await send({ products: [await fixture("upload-small.xml"), "flux.xml"] })) as ReceivedUpload;
    const [done, busy] = await Promise.all([importUpload(database.db, first), importUpload(database.db, second)]);
    expect(busy).toEqual({ ok: false, reason: "busy" });
    expect(done.ok && done.report).toMatchObject({ status: "succeeded", full: false, products: { created: 1 }, skus: { created: 1 }, rejectedCount: 2 });
    expect(done.ok && done.report.rejected.map((r) => [r.line, r.field])).toEqual([
      [17, "price"],
      [25, "gtin"],
    ]);
    await expect(readFile(first.files.products!.path)).rejects.toThrow();
  });
});
