/**
 * The browser may evict a site's storage under pressure unless it is "persisted". Notes are
 * the one thing readers cannot get back, so the app asks for persistence (after the first note,
 * when the request makes sense to the reader) and shows usage near the export button.
 */

export interface StorageEstimate {
  usage: number;
  quota: number;
}

/** Bytes used and available to this origin, or null where the browser does not say. */
export async function storageEstimate(): Promise<StorageEstimate | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  const { usage, quota } = await navigator.storage.estimate();
  return usage === undefined || quota === undefined ? null : { usage, quota };
}

/** True when storage is (now) persistent; false when the browser declined or cannot. */
export async function requestPersistence(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
