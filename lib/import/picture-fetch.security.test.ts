import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db/client";
import { seedDemo } from "../db/seed";
import { importCatalog } from "./import-catalog";
import { allowedPictureNetworks, fetchPicture, MAX_REDIRECTS, PictureFetchError, type PictureFetchOptions } from "./picture-fetch";

/**
 * docs/security.md#catalog-pictures: a feed's picture URL cannot make the server fetch from
 * itself or its network. Real servers on loopback stand in for an internal service: one holds
 * a picture (127.0.0.1), another (127.0.0.2) redirects to it.
 */

const png = readFile(path.join(import.meta.dirname, "fixtures/pictures/pull-marin.png"));
let target: Server;
let redirector: Server;
let targetOrigin: string;
let redirectOrigin: string;
const hits: string[] = [];

async function listen(server: Server, host: string): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  target = createServer(async (request, response) => {
    hits.push(request.url!);
    if (request.url === "/picture.png") response.writeHead(200, { "Content-Type": "image/png" }).end(await png);
    else if (request.url === "/big") {
      // No Content-Length: the cap must hold while streaming.
      response.writeHead(200, { "Content-Type": "image/png" });
      response.write(Buffer.alloc(64 * 1024));
      response.end(Buffer.alloc(64 * 1024));
    } else if (request.url === "/silent") {
      // Never answers.
    } else if (request.url?.startsWith("/loop")) response.writeHead(302, { Location: `/loop${Number(request.url.slice(5) || 0) + 1}` }).end();
    else response.writeHead(404).end();
  });
  redirector = createServer((request, response) => {
    const to = request.url === "/to-file" ? "file:///etc/passwd" : request.url === "/to-metadata" ? "http://169.254.169.254/latest/meta-data/" : `${targetOrigin}/picture.png`;
    response.writeHead(302, { Location: to }).end();
  });
  targetOrigin = await listen(target, "127.0.0.1");
  redirectOrigin = await listen(redirector, "127.0.0.2");
});

afterAll(() => {
  target.closeAllConnections();
  target.close();
  redirector.close();
});

const options = (allowedNetworks: string[] = [], extra: Partial<PictureFetchOptions> = {}): PictureFetchOptions => ({ timeoutMs: 2_000, maxBytes: 1024 * 1024, allowedNetworks, ...extra });

async function refusal(url: string, opts = options()): Promise<PictureFetchError> {
  const error = await fetchPicture(new URL(url), opts).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, url).toBeInstanceOf(PictureFetchError);
  return error as PictureFetchError;
}

describe("fetchPicture: only public addresses, checked at connect time", () => {
  it("reads a picture from an allowed address (the server works, so a refusal below is the filter's)", async () => {
    const bytes = await fetchPicture(new URL(`${targetOrigin}/picture.png`), options(["127.0.0.1"]));
    expect(bytes.equals(await png)).toBe(true);
  });

  it("refuses the local server by default, by address and by a name that resolves to it, without sending a request", async () => {
    const before = hits.length;
    expect((await refusal(`${targetOrigin}/picture.png`)).failure).toBe("address");
    const port = new URL(targetOrigin).port;
    expect((await refusal(`http://localhost:${port}/picture.png`)).failure).toBe("address");
    expect(hits.length).toBe(before);
  });

  it.each([
    "http://169.254.169.254/latest/meta-data/",
    "http://10.1.2.3/p.png",
    "http://172.16.0.1/p.png",
    "http://192.168.1.1/p.png",
    "http://100.64.0.1/p.png",
    "http://224.0.0.1/p.png",
    "http://0.0.0.0/p.png",
    "http://[::1]/p.png",
    "http://[::]/p.png",
    "http://[fd00::1]/p.png",
    "http://[fe80::1]/p.png",
    "http://[::ffff:127.0.0.1]/p.png",
    "http://[ff02::1]/p.png",
    "https://127.0.0.1/p.png",
  ])("refuses %s", async (url) => {
    expect((await refusal(url)).failure).toBe("address");
  });

  it("re-checks every redirect hop: a public-looking hop cannot lead to a refused address or scheme", async () => {
    const allowRedirector = options(["127.0.0.2"]);
    const before = hits.length;
    expect((await refusal(`${redirectOrigin}/`, allowRedirector)).failure).toBe("address");
    expect(hits.length).toBe(before);
    expect((await refusal(`${redirectOrigin}/to-metadata`, allowRedirector)).failure).toBe("address");
    expect((await refusal(`${redirectOrigin}/to-file`, allowRedirector)).failure).toBe("scheme");
    // Both allowed: the redirect is followed.
    expect((await fetchPicture(new URL(`${redirectOrigin}/`), options(["127.0.0.2", "127.0.0.1"]))).equals(await png)).toBe(true);
  });

  it(`follows at most ${MAX_REDIRECTS} redirects, stops a body at the size cap, and gives up at the deadline`, async () => {
    const local = ["127.0.0.0/8"];
    expect((await refusal(`${targetOrigin}/loop`, options(local))).failure).toBe("redirects");
    expect((await refusal(`${targetOrigin}/big`, options(local, { maxBytes: 100_000 }))).failure).toBe("too_large");
    const started = Date.now();
    expect((await refusal(`${targetOrigin}/silent`, options(local, { timeoutMs: 300 }))).failure).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("reads IMPORT_PICTURE_ALLOWED_NETWORKS, and refuses a wrong entry instead of allowing less", () => {
    expect(allowedPictureNetworks(undefined)).toEqual([]);
    expect(allowedPictureNetworks(" 10.20.0.0/16, 192.168.1.7 ,fd12::/64")).toEqual(["10.20.0.0/16", "192.168.1.7", "fd12::/64"]);
    expect(() => allowedPictureNetworks("intranet.local")).toThrow(/IMPORT_PICTURE_ALLOWED_NETWORKS/);
    expect(() => allowedPictureNetworks("10.0.0.0/33")).toThrow();
  });
});

describe("importCatalog: a refused picture is reported on its row and the product is kept", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: "memory" });
    await seedDemo(database.db, { products: 5 });
  }, 60_000);
  afterAll(() => database?.close());

  it("reports the row, counts the picture missing, and never contacts the server", async () => {
    const header = "id\ttitle\tdescription\tlink\timage_link\tprice\tavailability\tquantity\tbrand\tcolor\tsize\tproduct_type";
    const row = (id: string, picture: string) => `${id}\tPull ${id}\tUn pull.\thttps://shop.example/${id}\t${picture}\t49.00 EUR\tin_stock\t3\tMaison\tBleu\tM\tFemme > Pulls`;
    const feed = [header, row("SSRF-1", `${targetOrigin}/picture.png`), row("SSRF-2", `${redirectOrigin}/to-metadata`)].join("\n") + "\n";
    const before = hits.length;
    const report = await importCatalog(database.db, { products: { name: "products.tsv", stream: Readable.from([Buffer.from(feed)]) } }, { full: false });
    expect(report.status).toBe("succeeded");
    expect(report.files.products).toMatchObject({ rows: 2, accepted: 2 });
    expect(report.pictures).toMatchObject({ stored: 0, missing: 2 });
    expect(report.warnings.map((w) => [w.line, w.id, w.field])).toEqual([
      [2, "SSRF-1", "image_link"],
      [3, "SSRF-2", "image_link"],
    ]);
    expect(report.warnings[0]!.reason).toMatch(/refused/);
    expect(hits.length).toBe(before);
  });
});
