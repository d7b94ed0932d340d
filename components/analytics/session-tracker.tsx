"use client";

import { useEffect } from "react";
import { loadCampaign } from "@/components/campaigns/campaign-client";
import { browserSession, track } from "@/lib/analytics/track";
import { flushViewQueue } from "@/lib/offline/view-queue";

const OFFLINE_FLAG = "vitrine_offline_session";

/**
 * Counts browser sessions and the ones used offline (docs/back-office.md). Renders nothing; the
 * events go out with the view queue, so an offline session is reported when the network returns.
 */
export function SessionTracker() {
  useEffect(() => {
    const { started } = browserSession();
    // After the campaign touch is recorded, so the session counts under its campaign.
    if (started) void loadCampaign().then(() => track("session_start"));
    const wentOffline = () => {
      try {
        if (sessionStorage.getItem(OFFLINE_FLAG)) return;
        sessionStorage.setItem(OFFLINE_FLAG, "1");
      } catch {
        return;
      }
      void track("offline_session");
    };
    if (navigator.onLine === false) wentOffline();
    const cameBack = () => void flushViewQueue();
    window.addEventListener("offline", wentOffline);
    window.addEventListener("online", cameBack);
    return () => {
      window.removeEventListener("offline", wentOffline);
      window.removeEventListener("online", cameBack);
    };
  }, []);
  return null;
}
