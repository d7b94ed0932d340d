/** `navigator.onLine` as a React external store (useSyncExternalStore). Server render: online. */
export function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

export const isOnline = () => navigator.onLine;
export const isOnlineOnServer = () => true;
