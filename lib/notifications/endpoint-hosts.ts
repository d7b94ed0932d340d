/**
 * Push services a subscription may point at (docs/engagement.md#web-push): Chrome's FCM, Firefox's
 * autopush, Apple's and Windows' services. A host ending with an entry's `.suffix` matches it.
 */
export const KNOWN_PUSH_HOSTS: readonly string[] = [
  "fcm.googleapis.com",
  "android.googleapis.com",
  "updates.push.services.mozilla.com",
  ".push.services.mozilla.com",
  ".push.apple.com",
  ".notify.windows.com",
];

export interface PushHostRule {
  host: string;
  /** Only entries written `http://host:port` in PUSH_ENDPOINT_HOSTS (a local test service) allow plain HTTP. */
  allowHttp: boolean;
}

/**
 * The known services plus `PUSH_ENDPOINT_HOSTS` (comma-separated hosts, `.suffix` for a domain and
 * its subdomains, or `http://host:port` for a local push service in tests).
 */
export function pushHostRules(extra: string | undefined = process.env.PUSH_ENDPOINT_HOSTS): PushHostRule[] {
  const rules = KNOWN_PUSH_HOSTS.map((host) => ({ host, allowHttp: false }));
  for (const entry of (extra ?? "").split(",").map((item) => item.trim().toLowerCase())) {
    if (!entry) continue;
    if (entry.startsWith("http://")) rules.push({ host: entry.slice("http://".length).replace(/\/.*$/, ""), allowHttp: true });
    else rules.push({ host: entry.replace(/^https:\/\//, "").replace(/\/.*$/, ""), allowHttp: false });
  }
  return rules;
}

/** Whether the server may send to this endpoint: HTTPS to a known push service (or HTTP where a rule allows it). */
export function isAllowedEndpoint(endpoint: string, rules: readonly PushHostRule[] = pushHostRules()): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const host = url.host.toLowerCase();
  const hostname = url.hostname.toLowerCase();
  return rules.some((rule) => {
    const matches = rule.host.startsWith(".") ? hostname.endsWith(rule.host) : rule.host === host || rule.host === hostname;
    if (!matches) return false;
    return url.protocol === "https:" || (url.protocol === "http:" && rule.allowHttp);
  });
}
