/**
 * Loads a retailer's catalog from its Google Merchant Center feeds (docs/import.md).
 *
 *   npm run import -- --products FEED [--local-inventory FILE] [--stores FILE]
 *                     [--partial] [--in-stock-units N] [--data-dir DIR] [--json]
 *
 * Uses PostgreSQL when DATABASE_URL is set (at any time), else PGlite under DATA_DIR, which
 * must not be open in a running server. Exit code: 0 when the import committed (even with
 * rejected rows), 1 when a file could not be read (nothing changed), 2 for a usage error,
 * 3 when the PGlite folder is in use.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../lib/db/client";
import { importCatalog, IMPORT_DEFAULTS, type ImportFile } from "../lib/import/import-catalog";
import { folderOf } from "../lib/import/pictures";
import { summarise } from "../lib/import/report";

function usage(message: string): never {
  console.error(`${message}\nusage: npm run import -- --products FEED [--local-inventory FILE] [--stores FILE] [--partial] [--in-stock-units N] [--data-dir DIR] [--json]`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      products: { type: "string" },
      "local-inventory": { type: "string" },
      stores: { type: "string" },
      partial: { type: "boolean", default: false },
      "in-stock-units": { type: "string", default: String(IMPORT_DEFAULTS.inStockUnits) },
      "data-dir": { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
} catch (error) {
  usage((error as Error).message);
}
const { values } = parsed;
if (!values.products) usage("--products is required");
const inStockUnits = Number(values["in-stock-units"]);
if (!Number.isInteger(inStockUnits) || inStockUnits < 0) usage("--in-stock-units must be a whole number");

function open(option: string, file: string | undefined): ImportFile | undefined {
  if (!file) return undefined;
  if (!existsSync(file) || !statSync(file).isFile()) {
    console.error(`${option} ${file}: no such file; nothing imported`);
    process.exit(1);
  }
  return { name: path.basename(file), stream: createReadStream(file) };
}
const products = open("--products", values.products)!;
const localInventory = open("--local-inventory", values["local-inventory"]);
const stores = open("--stores", values.stores);

const url = process.env.DATABASE_URL || undefined;
const dataDir = values["data-dir"] ?? (process.env.DATA_DIR === "memory" ? "memory" : path.join(process.env.DATA_DIR ?? "./data", "pglite"));
// PGlite is one process's database: it keeps postmaster.pid in its folder while open.
if (!url && dataDir !== "memory" && existsSync(path.join(dataDir, "postmaster.pid"))) {
  console.error(
    `${dataDir} is in use (a server or another import has it open; postmaster.pid is there). Stop the server and run the import again, ` +
      "or import into PostgreSQL (DATABASE_URL), which takes imports while serving. If no process uses it, a crash left the file: starting and stopping the server once clears it.",
  );
  process.exit(3);
}

const database = await openDatabase({ url, dataDir });
try {
  const report = await importCatalog(
    database.db,
    { products, localInventory, stores },
    { full: !values.partial, inStockUnits, picturesBase: folderOf(path.resolve(values.products!)) },
  );
  console.log(values.json ? JSON.stringify(report, null, 2) : summarise(report));
  process.exitCode = report.status === "succeeded" ? 0 : 1;
} finally {
  await database.close();
}
