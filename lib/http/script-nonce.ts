/**
 * Per-response script nonces for HTML that is cached and identical for every shopper
 * (docs/security.md, "Script nonces on cached pages"). Next.js writes its page data as inline
 * `<script>` elements; instead of allowing every inline script ('unsafe-inline'), each HTML
 * response gets a fresh nonce written into its `<script` tags on the way out and into its
 * Content-Security-Policy, so the cached page itself never changes.
 *
 * React escapes `<` in text and attribute values, Next.js escapes it inside its inline data
 * scripts and the JSON-LD block escapes it too, so in the HTML this app renders `<script`
 * only ever opens a script element (and `<link` a link).
 */

/**
 * The tags that get the nonce: scripts, and links, because Next.js preloads some of its chunks
 * with `<link rel="preload" as="script">`, which 'strict-dynamic' blocks without one (a nonce on
 * any other link does nothing).
 */
const OPENINGS = ["<script", "<link"].map((tag) => Buffer.from(tag, "latin1"));
const LONGEST = Math.max(...OPENINGS.map((opening) => opening.length));

/** A nonce attribute value: 16 random bytes, base64 (the CSP grammar's base64-value). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The policy with `'nonce-…'` and `'strict-dynamic'` added to its `script-src` (scripts that a
 * nonced script loads are trusted; browsers then ignore 'self' and 'unsafe-inline' there).
 * A policy without `script-src` gets one, falling back from `default-src` as browsers do.
 */
export function withScriptNonce(policy: string, nonce: string): string {
  const directives = policy.split(";").map((directive) => directive.trim()).filter(Boolean);
  const sources = `'nonce-${nonce}' 'strict-dynamic'`;
  const index = directives.findIndex((directive) => /^script-src(\s|$)/i.test(directive));
  if (index >= 0) directives[index] = `${directives[index]} ${sources}`;
  else {
    const fallback = directives.find((directive) => /^default-src(\s|$)/i.test(directive))?.slice("default-src".length).trim() ?? "";
    directives.push(`script-src ${fallback ? `${fallback} ` : ""}${sources}`);
  }
  return directives.join("; ");
}

/** True when `byte` ends a tag name (whitespace, `>` or `/`), so `<scripts` is left alone. */
function endsTagName(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x3e || byte === 0x2f;
}

/** True when the bytes of `input` from `at` to its end could begin `<script` or `<link`. */
function couldBeginOpening(input: Buffer, at: number): boolean {
  const tail = input.subarray(at);
  return OPENINGS.some((opening) => tail.length < opening.length && opening.subarray(0, tail.length).equals(tail));
}

export interface ScriptNonceInjector {
  /** The next piece of the document, with the nonce written in; may hold back a few bytes. */
  push(chunk: Buffer): Buffer;
  /** Whatever was held back, at the end of the document. */
  flush(): Buffer;
}

/**
 * A streaming rewrite of an HTML document that writes ` nonce="…"` into every `<script` and
 * `<link` tag. Works on bytes, so a UTF-8 character or a tag split across chunks comes out
 * unchanged: a chunk ending with what could be the start of such a tag (or the tag name itself,
 * whose next byte decides) keeps that tail until the next chunk.
 */
export function scriptNonceInjector(nonce: string): ScriptNonceInjector {
  const attribute = Buffer.from(` nonce="${nonce}"`, "latin1");
  let held = Buffer.alloc(0);

  function rewrite(input: Buffer, final: boolean): Buffer {
    const parts: Buffer[] = [];
    let start = 0;
    let end = input.length;
    // The next `<script` and the next `<link` (native searches, the document is mostly other tags).
    const next = OPENINGS.map((opening) => input.indexOf(opening));
    for (;;) {
      const which = next[0]! < 0 || (next[1]! >= 0 && next[1]! < next[0]!) ? 1 : 0;
      const at = next[which]!;
      if (at < 0) break;
      const after = at + OPENINGS[which]!.length;
      if (after === input.length && !final) {
        end = at; // the byte after the tag name is still to come
        break;
      }
      if (after === input.length || endsTagName(input[after]!)) {
        parts.push(input.subarray(start, after), attribute);
        start = after;
      }
      next[which] = input.indexOf(OPENINGS[which]!, after);
    }
    if (!final && end === input.length) {
      // A tail that could be the beginning of `<script` or `<link` waits for the next chunk.
      for (let at = Math.max(start, input.length - LONGEST + 1); at < input.length; at++) {
        if (input[at] === 0x3c && couldBeginOpening(input, at)) {
          end = at;
          break;
        }
      }
    }
    parts.push(input.subarray(start, end));
    held = Buffer.from(input.subarray(end));
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  return {
    push(chunk) {
      return rewrite(held.length > 0 ? Buffer.concat([held, chunk]) : chunk, false);
    },
    flush() {
      const rest = held.length > 0 ? rewrite(held, true) : Buffer.alloc(0);
      held = Buffer.alloc(0);
      return rest;
    },
  };
}
