"use client";

import { useSyncExternalStore } from "react";

const subscribe = (onChange: () => void) => {
  const timer = setInterval(onChange, 60_000);
  return () => clearInterval(timer);
};
/** Rounded to the minute so repeated reads agree (useSyncExternalStore wants a stable snapshot). */
const currentMinute = () => Math.floor(Date.now() / 60_000) * 60_000;

/**
 * The device's time, to the minute: the server's render time while hydrating (no mismatch), then
 * the browser's clock, so a cached page's delivery dates follow the cut-off as time passes.
 */
export function useMinuteClock(renderedAt: number): Date {
  return new Date(useSyncExternalStore(subscribe, currentMinute, () => renderedAt));
}
