import { runMirrorSync } from "./mirror-sync";

/**
 * The catalog mirror's sync in a dedicated worker (docs/offline.md, "Catalog mirror"): started by
 * syncMirror() in lib/offline/mirror-refresh.ts, it syncs once, posts the MirrorSyncResult and is ended.
 */
void runMirrorSync().then((result) => self.postMessage(result));
