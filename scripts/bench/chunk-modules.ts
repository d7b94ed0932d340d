/**
 * Modules that a page downloads more than once. Turbopack gives each `import()` target and each
 * page its own chunk, and copies into it every module the chunk needs that its parent chunk
 * group does not already hold; an island that imports the IndexedDB layer statically thus ships
 * a second copy beside the islands' one background import (docs/benchmarks.md, runs 11, 13 and 16).
 *
 * A Turbopack chunk is `(globalThis.TURBOPACK ||= []).push([script, id, factory, id, factory…])`:
 * run in an empty context, it hands over its module ids and factories without running them.
 */
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

export interface ChunkBody {
  url: string;
  source: string;
}

export interface DuplicatedModule {
  /** Every id the module goes by: Turbopack lists several ids before one factory for a module's parts. */
  ids: number[];
  /** The module's code gzip-compressed on its own: what each extra copy costs, roughly. */
  gzipBytes: number;
  urls: string[];
}

/** The module factories a chunk registers, by id; empty for anything that is not a module chunk (the runtime). */
export function chunkModules(source: string): Map<number, string> {
  const context: { TURBOPACK?: unknown[] } = {};
  try {
    runInNewContext(source, context, { timeout: 250 });
  } catch {
    return new Map();
  }
  const modules = new Map<number, string>();
  for (const entry of Array.isArray(context.TURBOPACK) ? context.TURBOPACK : []) {
    if (!Array.isArray(entry)) continue;
    // [script, id, (id…,) factory, id, factory…]: an id list before each factory.
    const ids: number[] = [];
    for (const item of entry.slice(1)) {
      if (typeof item === "number") ids.push(item);
      else if (typeof item === "function") {
        for (const id of ids) modules.set(id, String(item));
        ids.length = 0;
      }
    }
  }
  return modules;
}

/**
 * Every module present in two or more of the page's chunks, biggest first. Ids that share one
 * factory in the same chunks make one entry: their code comes once per chunk.
 */
export function duplicatedModules(chunks: readonly ChunkBody[]): DuplicatedModule[] {
  const byId = new Map<number, { source: string; urls: string[] }>();
  for (const chunk of chunks) {
    for (const [id, source] of chunkModules(chunk.source)) {
      const entry = byId.get(id);
      if (entry) entry.urls.push(chunk.url);
      else byId.set(id, { source, urls: [chunk.url] });
    }
  }
  const byFactory = new Map<string, DuplicatedModule>();
  for (const [id, { source, urls }] of byId) {
    if (urls.length < 2) continue;
    const key = `${urls.join(" ")}\n${source}`;
    const entry = byFactory.get(key);
    if (entry) entry.ids.push(id);
    else byFactory.set(key, { ids: [id], gzipBytes: gzipSync(source).length, urls });
  }
  return [...byFactory.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** What the extra copies weigh, gzip: 0 when each module comes once. */
export function duplicatedGzipBytes(duplicates: readonly DuplicatedModule[]): number {
  return duplicates.reduce((sum, copy) => sum + copy.gzipBytes * (copy.urls.length - 1), 0);
}
