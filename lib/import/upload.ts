import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import busboy from "busboy";
import type { Db } from "../db/client";
import { importCatalog, type ImportSources } from "./import-catalog";
import type { ImportReport } from "./report";

/**
 * Feeds uploaded from the back office (docs/import.md, "Uploading from the back office"): the
 * multipart body is streamed to temporary files, never held whole in memory, with a cap on its
 * total size, then imported with `importCatalog` from those files (it reads the stores file
 * first, whatever order the browser sent the parts in).
 */

export const DEFAULT_UPLOAD_MAX_MB = 50;

/** IMPORT_UPLOAD_MAX_MB: the most a whole upload (every file together) may weigh. */
export function uploadMaxBytes(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.IMPORT_UPLOAD_MAX_MB);
  const mb = Number.isFinite(value) && value > 0 && value <= 10_000 ? value : DEFAULT_UPLOAD_MAX_MB;
  return Math.floor(mb * 1024 * 1024);
}

const FIELDS = { products: "products", localInventory: "localInventory", stores: "stores" } as const;
type FileField = keyof typeof FIELDS;
const FEED_EXTENSIONS: Record<FileField, readonly string[]> = {
  products: [".xml", ".tsv", ".txt", ".csv"],
  localInventory: [".tsv", ".txt", ".csv"],
  stores: [".csv", ".tsv", ".txt"],
};

export type UploadRefusal = { ok: false; status: 400 | 413 | 415; code: "bad_request" | "no_products_file" | "too_large" | "unsupported_type"; message: string };

export interface ReceivedUpload {
  ok: true;
  files: Partial<Record<FileField, { name: string; path: string }>>;
  /** The "partial feed" box: nothing is retired. */
  partial: boolean;
  /** Removes the temporary files. */
  discard(): Promise<void>;
}

class Refused extends Error {
  constructor(readonly refusal: UploadRefusal) {
    super(refusal.message);
  }
}

const refuse = (status: UploadRefusal["status"], code: UploadRefusal["code"], message: string): UploadRefusal => ({ ok: false, status, code, message });
const tooLarge = (maxBytes: number) => refuse(413, "too_large", `The upload is over ${Math.round(maxBytes / 1024 / 1024)} MB (IMPORT_UPLOAD_MAX_MB).`);

/** Counts every byte of the upload and stops it past the cap. */
function capped(total: { bytes: number }, maxBytes: number): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total.bytes += chunk.length;
      if (total.bytes > maxBytes) done(new Refused(tooLarge(maxBytes)));
      else done(null, chunk);
    },
  });
}

/** Reads a multipart/form-data body (fields `products`, `localInventory`, `stores`, `partial`) into temporary files. */
export async function receiveUpload(
  body: ReadableStream<Uint8Array> | null,
  headers: { contentType: string | null; contentLength: string | null },
  { maxBytes = uploadMaxBytes() }: { maxBytes?: number } = {},
): Promise<ReceivedUpload | UploadRefusal> {
  if (!body || !headers.contentType?.toLowerCase().startsWith("multipart/form-data")) {
    return refuse(415, "unsupported_type", "Send the feeds as multipart/form-data.");
  }
  const declared = Number(headers.contentLength);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(maxBytes);

  const dir = await mkdtemp(path.join(os.tmpdir(), "vitrine-import-"));
  const discard = () => rm(dir, { recursive: true, force: true });
  const files: ReceivedUpload["files"] = {};
  let partial = false;
  const total = { bytes: 0 };
  const writes: Promise<void>[] = [];
  let failure: unknown;
  try {
    const parser = busboy({ headers: { "content-type": headers.contentType }, limits: { files: 3, fields: 5, fieldSize: 100, parts: 8 } });
    parser.on("field", (name, value) => {
      if (name === "partial") partial = value === "on" || value === "true" || value === "1";
    });
    parser.on("file", (name, stream, info) => {
      const field = (Object.keys(FIELDS) as FileField[]).find((known) => known === name);
      const fileName = path.basename(info.filename ?? "").slice(0, 200);
      // A part that is skipped still gets an error listener: stopping the parser fails its stream.
      const skip = () => stream.on("error", () => undefined).resume();
      // An empty file input is sent as a part with no file name and no bytes: no file chosen.
      if (!field || !fileName) {
        skip();
        return;
      }
      if (files[field]) {
        skip();
        parser.destroy(new Refused(refuse(400, "bad_request", `Two ${field} files: send one of each.`)));
        return;
      }
      const extension = path.extname(fileName).toLowerCase();
      if (!FEED_EXTENSIONS[field].includes(extension)) {
        skip();
        parser.destroy(new Refused(refuse(415, "unsupported_type", `${fileName}: a ${field} file ends in ${FEED_EXTENSIONS[field].join(", ")}.`)));
        return;
      }
      const target = path.join(dir, field + extension);
      files[field] = { name: fileName, path: target };
      writes.push(
        pipeline(stream, capped(total, maxBytes), createWriteStream(target)).catch((error: unknown) => {
          failure ??= error;
          parser.destroy(error instanceof Error ? error : new Error(String(error)));
        }),
      );
    });
    parser.on("filesLimit", () => parser.destroy(new Refused(refuse(400, "bad_request", "At most three files: products, localInventory, stores."))));
    await pipeline(Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>), parser);
    await Promise.all(writes);
    if (failure) throw failure;
  } catch (error) {
    await Promise.all(writes);
    await discard();
    if (failure instanceof Refused) return failure.refusal;
    if (error instanceof Refused) return error.refusal;
    return refuse(400, "bad_request", `The upload could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!files.products) {
    await discard();
    return refuse(400, "no_products_file", "Choose a product feed (XML or TSV).");
  }
  return { ok: true, files, partial, discard };
}

let running = false;

/**
 * Imports an upload, one at a time in this process. The import's advisory lock already keeps
 * two imports from overlapping (a second one waits for the first); here a second upload is told
 * at once instead of waiting with its files held.
 */
export async function importUpload(db: Db, upload: ReceivedUpload): Promise<{ ok: true; report: ImportReport } | { ok: false; reason: "busy" }> {
  if (running) {
    await upload.discard();
    return { ok: false, reason: "busy" };
  }
  running = true;
  try {
    const open = (file: { name: string; path: string } | undefined) => file && { name: file.name, stream: createReadStream(file.path) };
    const { products, localInventory, stores } = upload.files;
    const sources: ImportSources = { products: open(products)!, localInventory: open(localInventory), stores: open(stores) };
    return { ok: true, report: await importCatalog(db, sources, { full: !upload.partial }) };
  } finally {
    running = false;
    await upload.discard();
  }
}
