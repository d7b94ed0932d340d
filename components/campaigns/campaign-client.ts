import type { CampaignLanding } from "@/lib/campaigns/campaigns";
import { LAST_TOUCH_COOKIE } from "@/lib/campaigns/touch-cookies";

const CACHE_KEY = "vitrine_campaign";
let pending: Promise<CampaignLanding | null> | undefined;

function lastTouchCookie(): string | null {
  const match = document.cookie.match(new RegExp(`(?:^|;\\s*)${LAST_TOUCH_COOKIE}=([^;]*)`));
  return match ? decodeURIComponent(match[1]!) : null;
}

async function fetchCampaign(init?: RequestInit): Promise<CampaignLanding | null> {
  const response = await fetch("/api/campaign", { credentials: "same-origin", cache: "no-store", ...init });
  if (!response.ok) return null;
  return ((await response.json()) as { campaign: CampaignLanding | null }).campaign;
}

/**
 * The campaign of this browser session, fetched once per page for the banner and the landing
 * (docs/back-office.md): utm parameters in the address → the server records the touch and
 * answers; else the last-touch cookie names it, and the answer is reused from sessionStorage.
 * Pages stay cacheable: nothing here is in the server-rendered HTML.
 */
export function loadCampaign(): Promise<CampaignLanding | null> {
  pending ??= (async () => {
    const params = new URLSearchParams(window.location.search);
    const source = params.get("utm_source");
    const campaign = params.get("utm_campaign");
    if (source || campaign) {
      const landing = await fetchCampaign({ method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ source, campaign }) });
      sessionStorage.setItem(CACHE_KEY, JSON.stringify({ key: lastTouchCookie(), landing }));
      return landing;
    }
    const key = lastTouchCookie();
    if (!key?.split("~")[2]) return null;
    const cached = sessionStorage.getItem(CACHE_KEY);
    if (cached) {
      const parsed = JSON.parse(cached) as { key: string | null; landing: CampaignLanding | null };
      if (parsed.key === key) return parsed.landing;
    }
    const landing = await fetchCampaign();
    sessionStorage.setItem(CACHE_KEY, JSON.stringify({ key, landing }));
    return landing;
  })().catch(() => null);
  return pending;
}
