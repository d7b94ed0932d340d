import { loadCampaign } from "@/components/campaigns/campaign-client";
import { browserSession, track } from "@/lib/analytics/track";

/** Records the start of a browser session, once, after its campaign touch (so it counts under it). */
export function startSession(): void {
  const { started } = browserSession();
  if (started) void loadCampaign().then(() => track("session_start"));
}
