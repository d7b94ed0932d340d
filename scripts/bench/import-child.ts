/**
 * One database's import measure, in its own process so its peak RSS is the import's alone:
 * imports the feed, then imports it again (nothing should change). Prints one JSON line.
 *
 *   tsx scripts/bench/import-child.ts FEED   (DATABASE_URL, else DATA_DIR)
 */
import { createReadStream } from "node:fs";
import path from "node:path";
import { openDatabase } from "../../lib/db/client";
import { importCatalog } from "../../lib/import/import-catalog";
import { folderOf } from "../../lib/import/pictures";

const feed = process.argv[2]!;
const database = await openDatabase({ url: process.env.DATABASE_URL || undefined });
/** This process's CPU time: on a shared machine, wall time says more about the neighbours. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const run = async () => {
  const started = performance.now();
  const cpuStarted = cpuMs();
  const report = await importCatalog(database.db, { products: { name: path.basename(feed), stream: createReadStream(feed) } }, { picturesBase: folderOf(path.resolve(feed)) });
  return { ms: Math.round(performance.now() - started), cpu: Math.round(cpuMs() - cpuStarted), report };
};
try {
  const first = await run();
  const again = await run();
  console.log(
    JSON.stringify({
      firstMs: first.ms,
      againMs: again.ms,
      firstCpuMs: first.cpu,
      againCpuMs: again.cpu,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      first: { status: first.report.status, products: first.report.products, skus: first.report.skus, stock: first.report.stock, pictures: first.report.pictures, rejected: first.report.rejectedCount, error: first.report.error },
      again: { status: again.report.status, changed: again.report.changed },
    }),
  );
} finally {
  await database.close();
}
