/**
 * Live updates across tabs: after every committed write the library posts a small message on
 * BroadcastChannel('crosslight-changes'); other tabs reload what changed. Local subscribers are
 * told too (BroadcastChannel never echoes to its sender), so every view can rely on one feed.
 */
import type { StoreName } from './schema.ts';

export const CHANGES_CHANNEL = 'crosslight-changes';

export interface ChangeMessage {
  /** Database name: tests and future profiles share the channel, so listeners filter on it. */
  db: string;
  store: StoreName;
  ids: string[];
  kind: 'put' | 'delete';
}

export interface Change extends ChangeMessage {
  /** True when the write happened through this very library object (this tab). */
  local: boolean;
}

export type ChangeListener = (change: Change) => void;

export class ChangeFeed {
  readonly #channel: BroadcastChannel | null;
  readonly #listeners = new Set<ChangeListener>();

  constructor(readonly db: string) {
    // Absent in very old browsers: the library still works, tabs just do not update live.
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGES_CHANNEL) : null;
    this.#channel?.addEventListener('message', (event: MessageEvent) => {
      const message = event.data as Partial<ChangeMessage> | null;
      if (!isChangeMessage(message) || message.db !== this.db) return;
      this.#emit({ ...message, local: false });
    });
  }

  /** Call only after the transaction committed: a listener may read the data at once. */
  publish(store: StoreName, ids: string[], kind: ChangeMessage['kind']): void {
    if (ids.length === 0) return;
    const message: ChangeMessage = { db: this.db, store, ids, kind };
    this.#channel?.postMessage(message);
    this.#emit({ ...message, local: true });
  }

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): void {
    this.#listeners.clear();
    this.#channel?.close();
  }

  #emit(change: Change): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (err) {
        // One broken view must not stop the others from updating.
        console.error('crosslight: change listener failed', err);
      }
    }
  }
}

function isChangeMessage(m: Partial<ChangeMessage> | null): m is ChangeMessage {
  return !!m && typeof m.db === 'string' && typeof m.store === 'string' && Array.isArray(m.ids) && (m.kind === 'put' || m.kind === 'delete');
}
