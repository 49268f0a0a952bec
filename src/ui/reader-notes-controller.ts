import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CATEGORIES, type Annotation, type Draft, type HighlightCategory } from '../core/annotations.ts';
import { describeRange, hashText, reanchorAll } from '../core/anchoring/index.ts';
import type { Article } from '../core/types.ts';
import { StaleWriteError, StorageWriteError, type Library } from '../storage/index.ts';

/** What the reader sees of a save: in progress, done, or failed with what to do. */
export type SaveState = { kind: 'idle' } | { kind: 'saved'; message: string } | { kind: 'error'; message: string };

/**
 * The reader's own highlights and notes on one article: loads and re-anchors them, follows
 * changes from other tabs, and performs every write through the storage layer (each a single
 * transaction). The host renders `annotations`, `status` and `undo`.
 */
export class ReaderNotesController implements ReactiveController {
  annotations: Annotation[] = [];
  status: SaveState = { kind: 'idle' };
  /** The last deletion, restorable until the next change. */
  undo: { label: string; records: Annotation[] } | null = null;
  private article?: Article;
  private library: Library | null = null;
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  get writable(): boolean {
    return this.library !== null && !this.library.closed;
  }

  /** Called when the article or the database changes. */
  async attach(article: Article | undefined, library: Library | null): Promise<void> {
    if (article === this.article && library === this.library) return;
    this.unsubscribe?.();
    this.article = article;
    this.library = library;
    const hadNotes = this.annotations.length > 0 || this.undo !== null;
    this.annotations = [];
    this.undo = null;
    if (!article || !library) {
      if (hadNotes) this.host.requestUpdate();
      return;
    }
    this.unsubscribe = library.onChange((change) => {
      if (change.store === 'annotations' && !change.local) void this.reload();
    });
    await this.reload();
  }

  private async reload(): Promise<void> {
    const { article, library } = this;
    if (!article || !library) return;
    const stored = await library.annotations.listByArticle(article.id);
    if (article !== this.article) return;
    // Re-anchor against the text as it is now; save only what moved (never touches the note).
    const anchored = reanchorAll(article.text, stored);
    const moved = anchored.filter((a, i) => a !== stored[i]);
    if (moved.length > 0) await library.annotations.saveAnchors(moved).catch(() => undefined);
    this.annotations = anchored.sort(readingOrder);
    this.host.requestUpdate();
  }

  /** A new highlight over reading-text offsets [start, end). */
  async create(start: number, end: number, category: HighlightCategory): Promise<Annotation | null> {
    const { article } = this;
    if (!article || start >= end) return null;
    const now = new Date().toISOString();
    const annotation: Annotation = {
      id: crypto.randomUUID(),
      target: { source: article.id, selectors: describeRange(article.text, start, end), textHash: hashText(article.text) },
      note: '',
      tags: [],
      category,
      created: now,
      modified: now,
      anchor: 'anchored',
    };
    return this.write(() => this.library!.annotations.put(annotation, { base: null }), 'Highlight saved');
  }

  /** A note on the whole article (no passage). */
  async createPageNote(note: string, tags: string[], category: HighlightCategory): Promise<Annotation | null> {
    const { article } = this;
    if (!article) return null;
    const now = new Date().toISOString();
    const annotation: Annotation = { id: crypto.randomUUID(), target: { source: article.id }, note, tags, category, created: now, modified: now, anchor: 'anchored' };
    return this.write(() => this.library!.annotations.put(annotation, { base: null }), 'Note saved');
  }

  /** Saves an edit, refusing to overwrite a newer version saved in another tab. */
  async update(previous: Annotation, changes: Partial<Pick<Annotation, 'note' | 'tags' | 'category' | 'target' | 'anchor'>>): Promise<Annotation | null> {
    const next: Annotation = { ...previous, ...changes, modified: new Date().toISOString() };
    return this.write(() => this.library!.annotations.put(next, { base: previous.modified }), 'Note saved');
  }

  /** Re-attaches an orphaned note to a new passage. */
  async reattach(previous: Annotation, start: number, end: number): Promise<Annotation | null> {
    const { article } = this;
    if (!article) return null;
    return this.update(previous, { target: { source: article.id, selectors: describeRange(article.text, start, end), textHash: hashText(article.text) }, anchor: 'anchored' });
  }

  async remove(annotation: Annotation): Promise<void> {
    const deleted = await this.write(() => this.library!.annotations.delete(annotation.id), 'Deleted');
    if (deleted) this.undo = { label: annotation.target.selectors ? 'Highlight deleted' : 'Note deleted', records: [deleted] };
    this.host.requestUpdate();
  }

  async restore(): Promise<void> {
    const undo = this.undo;
    if (!undo) return;
    await this.write(() => this.library!.annotations.putMany(undo.records), 'Restored');
    this.undo = null;
    this.host.requestUpdate();
  }

  async saveDraft(draft: Draft): Promise<void> {
    if (!this.writable) return;
    try {
      await this.library!.drafts.put(draft);
    } catch {
      // A failed autosave keeps the text in the editor; the explicit save reports the error.
    }
  }

  loadDraft(id: string): Promise<Draft | undefined> {
    return this.library?.drafts.get(id) ?? Promise.resolve(undefined);
  }

  async discardDraft(id: string): Promise<void> {
    await this.library?.drafts.delete(id).catch(() => undefined);
  }

  private async write<T>(action: () => Promise<T>, done: string): Promise<T | null> {
    if (!this.writable) {
      this.status = { kind: 'error', message: 'Notes cannot be saved right now (see the message above). Nothing was changed.' };
      this.host.requestUpdate();
      return null;
    }
    try {
      const result = await action();
      this.status = { kind: 'saved', message: `${done} · ${new Date().toLocaleTimeString()}` };
      await this.reload();
      return result;
    } catch (err) {
      this.status = {
        kind: 'error',
        message:
          err instanceof StaleWriteError
            ? 'This note was changed in another tab. Your text is kept in the editor; copy it, then reopen the note to see the newer version.'
            : err instanceof StorageWriteError
              ? err.message
              : `Saving failed: ${err instanceof Error ? err.message : String(err)}. Nothing was changed.`,
      };
      this.host.requestUpdate();
      return null;
    }
  }
}

function readingOrder(a: Annotation, b: Annotation): number {
  const pa = a.target.selectors?.[1].start ?? -1;
  const pb = b.target.selectors?.[1].start ?? -1;
  return pa - pb || a.created.localeCompare(b.created);
}

export const CATEGORY_LABEL: Record<HighlightCategory, { icon: string; name: string }> = {
  important: { icon: '★', name: 'Important' },
  question: { icon: '?', name: 'Question' },
  disputed: { icon: '⚑', name: 'Disputed' },
  'follow-up': { icon: '→', name: 'Follow up' },
};

export { CATEGORIES };
