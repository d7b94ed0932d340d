import { parse } from "csv-parse";
import { SaxesParser } from "saxes";

/**
 * Streaming readers for the feeds (docs/import.md): each yields one record per item or row,
 * with the line it starts on, while the file is still arriving, so a 400,000-row feed is never
 * held whole in memory. A file that cannot be read to its end (bad XML, a truncated row)
 * throws a FeedReadError: the import then changes nothing.
 */

export interface FeedRecord {
  /** 1-based line where the item or row starts. */
  line: number;
  /** Field name (lower case, without "g:") → values in file order. */
  values: Record<string, string[]>;
}

export class FeedReadError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = "FeedReadError";
  }
}

export type FeedFormat = "xml" | "delimited";

/** UTF-8 text chunks from a byte stream (a leading byte-order mark dropped). */
export async function* textChunks(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let first = true;
  for await (const chunk of source) {
    let text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      text = text.replace(/^\uFEFF/, "");
      first = false;
    }
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/** Looks at the first characters: XML starts with "<", anything else is read as TSV/CSV. */
export async function sniff(chunks: AsyncIterable<string>): Promise<{ format: FeedFormat; firstLine: string; chunks: AsyncGenerator<string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: string[] = [];
  let buffered = "";
  while (!buffered.includes("\n") && buffered.length < 65_536) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    buffered += next.value;
  }
  async function* replay(): AsyncGenerator<string> {
    yield* seen;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { format: buffered.trimStart().startsWith("<") ? "xml" : "delimited", firstLine: buffered.split(/\r?\n/)[0] ?? "", chunks: replay() };
}

export const normaliseFieldName = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/^g:/, "")
    .replace(/[\s-]+/g, "_");

/**
 * RSS 2.0 (`<item>`) or Atom (`<entry>`) with the `g:` namespace. Only the item's direct
 * children are fields: nested ones (`<g:shipping><g:price>…`) would otherwise overwrite them.
 */
export async function* readXmlFeed(chunks: AsyncIterable<string>): AsyncGenerator<FeedRecord> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const ready: FeedRecord[] = [];
  let current: FeedRecord | null = null;
  let depth = 0; // depth inside the current item
  let field: string | null = null;
  let text = "";
  parser.on("opentag", (tag) => {
    if (!current) {
      if (tag.name === "item" || tag.name === "entry") {
        current = { line: parser.line, values: {} };
        depth = 0;
      }
      return;
    }
    depth++;
    if (depth === 1) {
      field = normaliseFieldName(tag.name);
      text = "";
    }
  });
  const onText = (value: string) => {
    if (current && depth === 1) text += value;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    if (!current) return;
    if (depth === 0 && (tag.name === "item" || tag.name === "entry")) {
      ready.push(current);
      current = null;
      return;
    }
    if (depth === 1 && field) {
      (current.values[field] ??= []).push(text.trim());
      field = null;
    }
    depth--;
  });
  try {
    for await (const chunk of chunks) {
      parser.write(chunk);
      yield* ready.splice(0);
    }
    parser.close();
  } catch (error) {
    throw new FeedReadError(error instanceof Error ? error.message.replace(/^(?:\S+:)?\d+:\d+: /, "") : String(error), parser.line);
  }
  yield* ready.splice(0);
}

/** Tab when the header has tabs, else the more frequent of ";" and "," (French spreadsheets use ";"). */
export function detectDelimiter(headerLine: string): string {
  if (headerLine.includes("\t")) return "\t";
  const count = (c: string) => headerLine.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** TSV or CSV with a header row; every row must have the header's number of columns. */
export async function* readDelimitedFeed(chunks: AsyncIterable<string>, delimiter: string): AsyncGenerator<FeedRecord> {
  const parser = parse({
    delimiter,
    columns: (header: string[]) => header.map(normaliseFieldName),
    info: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: true,
  });
  const feeding = (async () => {
    try {
      for await (const chunk of chunks) if (!parser.write(chunk)) await new Promise((resolve) => parser.once("drain", resolve));
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const values: Record<string, string[]> = {};
      for (const [name, value] of Object.entries(record)) if (value !== "") values[name] = [value];
      yield { line: info.lines, values };
    }
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    throw new FeedReadError(error instanceof Error ? error.message : String(error), lines);
  } finally {
    await feeding;
  }
}

/** Any feed file: XML or TSV/CSV, told apart by its first characters. */
export async function* readFeed(
  source: AsyncIterable<Uint8Array | string>,
  expect: "products" | "table",
  onFormat?: (format: "xml" | "tsv" | "csv") => void,
): AsyncGenerator<FeedRecord> {
  let sniffed: Awaited<ReturnType<typeof sniff>>;
  try {
    sniffed = await sniff(textChunks(source));
  } catch (error) {
    throw new FeedReadError(error instanceof Error ? error.message : String(error));
  }
  const { format, firstLine, chunks } = sniffed;
  if (format === "xml") {
    if (expect === "table") throw new FeedReadError("expected a TSV or CSV file with a header row, not XML");
    onFormat?.("xml");
    yield* readXmlFeed(chunks);
  } else {
    const delimiter = detectDelimiter(firstLine);
    onFormat?.(delimiter === "\t" ? "tsv" : "csv");
    yield* readDelimitedFeed(chunks, delimiter);
  }
}
