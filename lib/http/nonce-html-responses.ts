import type { ServerResponse } from "node:http";
import { newNonce, scriptNonceInjector, withScriptNonce, type ScriptNonceInjector } from "./script-nonce";
import { setWriteHeadHeaders } from "./write-head";

type Callback = (error?: Error | null) => void;

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
}

/**
 * Makes `response`, if it turns out to be an HTML document with a Content-Security-Policy, carry
 * a fresh script nonce: the policy gets `'nonce-…' 'strict-dynamic'` and every `<script` tag of
 * the body the same nonce, rewritten as it streams (docs/security.md, "Script nonces on cached
 * pages"). The decision is taken when the headers go out. The body changes length, so
 * `Content-Length` goes, and so does `ETag`: a 304 would pair the browser's stored body (old
 * nonce) with a new policy. Anything else passes through untouched.
 *
 * Installed before Next.js writes anything and inside the compression layer, so the rewrite
 * sees the HTML itself, not gzip.
 */
export function nonceHtmlResponse(response: ServerResponse): void {
  const writeHead = response.writeHead;
  const write = response.write;
  const end = response.end;
  let injector: ScriptNonceInjector | null | undefined;

  function decide(): void {
    if (injector !== undefined || response.headersSent) return;
    const type = response.getHeader("content-type");
    const policy = response.getHeader("content-security-policy");
    if (typeof type !== "string" || !/^text\/html\b/i.test(type) || typeof policy !== "string" || response.statusCode === 304) {
      injector = null;
      return;
    }
    const nonce = newNonce();
    response.setHeader("Content-Security-Policy", withScriptNonce(policy, nonce));
    response.removeHeader("Content-Length");
    response.removeHeader("ETag");
    injector = scriptNonceInjector(nonce);
  }

  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const remaining = setWriteHeadHeaders(this, rest);
    this.statusCode = statusCode;
    decide();
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...remaining);
  } as ServerResponse["writeHead"];

  response.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    decide();
    if (!injector || chunk === undefined || chunk === null) return (write as (...args: unknown[]) => boolean).call(this, chunk, encoding, callback);
    const done = (typeof encoding === "function" ? encoding : callback) as Callback | undefined;
    return (write as (...args: unknown[]) => boolean).call(this, injector.push(toBuffer(chunk, encoding)), done);
  } as ServerResponse["write"];

  response.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    decide();
    if (!injector) return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, encoding, callback);
    const done = [chunk, encoding, callback].find((arg) => typeof arg === "function") as Callback | undefined;
    const body = typeof chunk === "function" || chunk === undefined || chunk === null ? Buffer.alloc(0) : injector.push(toBuffer(chunk, encoding));
    const rest = injector.flush();
    return (end as (...args: unknown[]) => ServerResponse).call(this, rest.length > 0 ? Buffer.concat([body, rest]) : body, done);
  } as ServerResponse["end"];
}
