import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

/**
 * Headers handed to `writeHead` as an object are set on the response first, so a layer that
 * decides at `writeHead` time sees them with the others; returns the arguments left to pass on.
 */
export function setWriteHeadHeaders(response: ServerResponse, rest: unknown[]): unknown[] {
  const headersAt = rest.findIndex((arg) => typeof arg === "object" && arg !== null && !Array.isArray(arg));
  if (headersAt < 0 || response.headersSent) return rest;
  for (const [name, value] of Object.entries(rest[headersAt] as OutgoingHttpHeaders)) if (value !== undefined) response.setHeader(name, value);
  return rest.filter((_, index) => index !== headersAt);
}
