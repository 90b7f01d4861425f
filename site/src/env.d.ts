/// <reference types="astro/client" />
/** Absolute path of the content snapshot, resolved once in astro.config.ts (see src/content/snapshot.ts). */
declare const __WIR_SNAPSHOT_PATH__: string | undefined
