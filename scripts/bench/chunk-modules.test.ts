import { describe, expect, it } from "vitest";
import { chunkModules, duplicatedGzipBytes, duplicatedModules } from "./chunk-modules";

/** A chunk in the shape Turbopack writes: one push of [script, id, factory, …]. */
function chunk(modules: Record<number, string>, extra = ""): string {
  const entries = Object.entries(modules).map(([id, body]) => `${id},e=>{"use strict";${body}}`);
  return `(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,${entries.join(",")}]);${extra}`;
}

// Blocks, so the twenty copies of `let t` stay valid code.
const IDB = `{let t=null;e.s(["openDb",0,function(){return t??=indexedDB.open("vitrine",4)}])}`.repeat(20);

describe("chunkModules", () => {
  it("reads a chunk's module ids and factories without running a factory", () => {
    const modules = chunkModules(chunk({ 12: "throw new Error('ran')", 345: IDB }));
    expect([...modules.keys()]).toEqual([12, 345]);
    expect(modules.get(345)).toContain("indexedDB.open");
  });

  it("gives every id of a shared factory the same code", () => {
    const source = `(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([null,7,8,e=>{e.s(["a",0,1])},9,e=>{}]);`;
    expect([...chunkModules(source).entries()].map(([id, code]) => [id, code.includes('"a"')])).toEqual([
      [7, true],
      [8, true],
      [9, false],
    ]);
  });

  it("reads nothing from the runtime chunk or from code that is not a chunk", () => {
    expect(chunkModules("(()=>{let e=self.TURBOPACK_ASSET_SUFFIX})();").size).toBe(0);
    expect(chunkModules("not javascript {").size).toBe(0);
    expect(chunkModules("while(true){}").size).toBe(0);
  });
});

describe("duplicatedModules", () => {
  it("finds a module shipped in a page chunk and again in a lazy chunk, and weighs the extra copy", () => {
    const page = { url: "/_next/static/chunks/page.js", source: chunk({ 1: "e.s([])", 345: IDB }) };
    const lazy = { url: "/_next/static/chunks/background.js", source: chunk({ 2: "e.s([])", 345: IDB }) };
    const duplicates = duplicatedModules([page, lazy]);
    expect(duplicates.map((module) => [module.ids, module.urls])).toEqual([[[345], [page.url, lazy.url]]]);
    expect(duplicates[0]!.gzipBytes).toBeGreaterThan(50);
    expect(duplicatedGzipBytes(duplicates)).toBe(duplicates[0]!.gzipBytes);
  });

  it("weighs a factory shared by several ids once per extra copy", () => {
    const shared = (url: string) => ({ url, source: `(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([null,7,8,9,e=>{${IDB}}]);` });
    const duplicates = duplicatedModules([shared("page"), shared("lazy")]);
    expect(duplicates.map((module) => module.ids)).toEqual([[7, 8, 9]]);
    expect(duplicatedGzipBytes(duplicates)).toBe(duplicates[0]!.gzipBytes);
  });

  it("counts each extra copy, and nothing when every module comes once", () => {
    const copies = ["a", "b", "c"].map((name) => ({ url: name, source: chunk({ 345: IDB }) }));
    const [module] = duplicatedModules(copies);
    expect(duplicatedGzipBytes([module!])).toBe(2 * module!.gzipBytes);
    expect(duplicatedModules([{ url: "a", source: chunk({ 1: "" }) }, { url: "b", source: chunk({ 2: "" }) }])).toEqual([]);
  });
});
