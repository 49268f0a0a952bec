import { consume } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { AnalysisService } from '../app/analysis-client.ts';
import { analysisContext, libraryContext, storageContext } from '../app/contexts.ts';
import type { LibraryService } from '../app/library-service.ts';
import { articleHref } from '../app/routes.ts';
import { STORAGE_OPENING, type StorageHandle } from '../app/storage-handle.ts';
import { CATEGORIES, type Annotation, type HighlightCategory } from '../core/annotations.ts';
import { formatBytes } from '../core/corpus/decode.ts';
import { NO_FILTER, NOTE_SORTS, isOrphan, noteFacets, queryNotes, type NoteArticle, type NoteFilter, type NoteSort } from '../core/notes-query.ts';
import { requestPersistence, storageEstimate, type StorageEstimate } from '../storage/index.ts';
import './cl-notes-transfer.ts';
import { formatDate } from './format.ts';
import { renderMarkdown } from './markdown.ts';
import { CATEGORY_LABEL } from './reader-notes-controller.ts';
import { focusRing, visuallyHidden } from './shared-styles.ts';

const PAGE = 200;

/**
 * Every note in the library (`#/notes`): search, filters, sort, each note a way back to its
 * passage; notes that lost their article or passage listed apart; storage use and the exports.
 */
@customElement('cl-notes-view')
export class ClNotesView extends LitElement {
  @consume({ context: libraryContext, subscribe: true }) library?: LibraryService;
  @consume({ context: storageContext, subscribe: true }) @state() storage: StorageHandle = STORAGE_OPENING;
  @consume({ context: analysisContext }) analysis?: AnalysisService;

  @state() private notes: Annotation[] | null = null;
  @state() private articles = new Map<string, NoteArticle>();
  @state() private filter: NoteFilter = NO_FILTER;
  @state() private sort: NoteSort = 'newest';
  @state() private estimate: StorageEstimate | null = null;
  @state() private persisted: boolean | null = null;
  @state() private undo: { label: string; records: Annotation[] } | null = null;
  @state() private problem: string | null = null;
  /** How many matching notes are rendered: a library of 10,000 notes opens at once, then grows on request. */
  @state() private limit = PAGE;
  @state() private orphanLimit = PAGE;
  private unsubscribe?: () => void;
  private loadedFrom: StorageHandle | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    document.title = 'Your notes · Crosslight';
    void this.loadArticles();
    void this.refreshStorageInfo();
  }

  override disconnectedCallback(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.loadedFrom = null;
    super.disconnectedCallback();
  }

  protected override willUpdate(): void {
    if (this.storage !== this.loadedFrom) {
      this.loadedFrom = this.storage;
      this.unsubscribe?.();
      this.unsubscribe = this.storage.library?.onChange((c) => {
        if (c.store === 'annotations') void this.loadNotes();
        if ((c.store as string) === 'articles') void this.loadArticles();
      });
      void this.loadNotes();
    }
  }

  private async loadNotes(): Promise<void> {
    const library = this.storage.library;
    if (!library) {
      this.notes = this.storage.problem ? [] : null;
      return;
    }
    try {
      this.notes = await library.annotations.listAll();
    } catch (err) {
      this.problem = `Your notes could not be read: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  private async loadArticles(): Promise<void> {
    try {
      const entries = (await this.library?.list()) ?? [];
      this.articles = new Map(entries.map((e) => [e.id, { id: e.id, title: e.title, outlet: e.outlet, published: e.published }]));
    } catch (err) {
      this.problem = `The library could not be read: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  private async refreshStorageInfo(): Promise<void> {
    this.estimate = await storageEstimate().catch(() => null);
    this.persisted = navigator.storage?.persisted ? await navigator.storage.persisted().catch(() => null) : null;
  }

  private async askPersistence(): Promise<void> {
    this.persisted = await requestPersistence();
  }

  private set<K extends keyof NoteFilter>(key: K, value: NoteFilter[K]): void {
    this.filter = { ...this.filter, [key]: value };
    this.limit = PAGE;
  }

  private async deleteNote(note: Annotation): Promise<void> {
    const library = this.storage.library;
    if (!library) return;
    try {
      const deleted = await library.annotations.delete(note.id);
      if (deleted) this.undo = { label: 'Note deleted', records: [deleted] };
    } catch (err) {
      this.problem = err instanceof Error ? err.message : String(err);
    }
  }

  private async undoDelete(): Promise<void> {
    const undo = this.undo;
    if (!undo || !this.storage.library) return;
    this.undo = null;
    await this.storage.library.annotations.putMany(undo.records);
  }

  override render() {
    const all = this.notes ?? [];
    const placed = all.filter((n) => !isOrphan(n, this.articles));
    const orphans = all.filter((n) => isOrphan(n, this.articles));
    const shown = queryNotes(placed, this.articles, this.filter, this.sort);
    return html`
      <h1>Your notes</h1>
      ${this.renderStorage()}
      ${this.storage.problem ? html`<p class="problem" role="alert">${this.storage.problem}</p>` : nothing}
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${this.undo ? html`<p class="undo" role="status">${this.undo.label}. <button type="button" @click=${this.undoDelete}>Undo</button></p>` : nothing}
      ${this.notes === null ? html`<p role="status">Opening your notes…</p>` : this.renderFilters(placed, shown.length)}
      ${this.notes !== null && all.length === 0 && !this.storage.problem
        ? html`<p class="empty">No notes yet. Open an article, select a passage and press <kbd>h</kbd> to highlight it or <kbd>n</kbd> to write a note.</p>`
        : nothing}
      <ol class="notes" aria-label="Notes">${shown.slice(0, this.limit).map((n) => this.renderNote(n))}</ol>
      ${shown.length > this.limit
        ? html`<p><button type="button" class="more" @click=${() => (this.limit += PAGE)}>Show ${Math.min(PAGE, shown.length - this.limit)} more (${shown.length - this.limit} not shown)</button></p>`
        : nothing}
      ${orphans.length
        ? html`<section aria-labelledby="orphans-heading">
            <h2 id="orphans-heading">Orphaned notes (${orphans.length})</h2>
            <p class="hint">These notes lost their place: the article was removed, or its text changed so the passage cannot be found. Nothing is deleted unless you delete it; when the article is still here, open it to re-attach the note to a passage.</p>
            <ol class="notes">${orphans.slice(0, this.orphanLimit).map((n) => this.renderNote(n, true))}</ol>
            ${orphans.length > this.orphanLimit
              ? html`<p><button type="button" class="more-orphans" @click=${() => (this.orphanLimit += PAGE)}>Show ${Math.min(PAGE, orphans.length - this.orphanLimit)} more orphaned notes (${orphans.length - this.orphanLimit} not shown)</button></p>`
              : nothing}
          </section>`
        : nothing}
      <cl-notes-transfer .notes=${all} .shown=${shown} .articles=${this.articles} .storageLibrary=${this.storage.library} .library=${this.library} .analysis=${this.analysis}></cl-notes-transfer>
    `;
  }

  private renderStorage() {
    const usage = this.estimate ? `Crosslight uses ${formatBytes(this.estimate.usage)} of the ${formatBytes(this.estimate.quota)} this browser allows it.` : '';
    return html`<p class="storage">
      ${usage}
      ${this.persisted === true
        ? html`<span>Storage is persistent: the browser will not clear your notes to free space.</span>`
        : this.persisted === false
          ? html`<span>The browser may clear site data when space runs low.</span> <button type="button" @click=${this.askPersistence}>Keep my notes safe</button>`
          : nothing}
    </p>`;
  }

  private renderFilters(notes: Annotation[], count: number) {
    const facets = noteFacets(notes, this.articles);
    const f = this.filter;
    const select = (id: string, label: string, value: string | null, options: Array<[string, string]>, key: keyof NoteFilter) => html`
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => this.set(key, ((e.target as HTMLSelectElement).value || null) as never)}>
        <option value="" ?selected=${value === null}>Any</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>`;
    return html`
      <form class="filters" role="search" aria-label="Filter notes" @submit=${(e: Event) => e.preventDefault()}>
        <div class="field wide">
          <label for="q">Search notes</label>
          <input id="q" type="search" .value=${f.text} placeholder="Words in the passage, note, tags or title" @input=${(e: Event) => this.set('text', (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">${select('tag', 'Tag', f.tag, facets.tags.map(([t, n]) => [t, `#${t} (${n})`]), 'tag')}</div>
        <div class="field">${select('category', 'Category', f.category, CATEGORIES.map((c: HighlightCategory) => [c, `${CATEGORY_LABEL[c].icon} ${CATEGORY_LABEL[c].name}`]), 'category')}</div>
        <div class="field">${select('article', 'Article', f.article, facets.articles.map(([id, n]) => [id, `${this.articles.get(id)?.title ?? id} (${n})`]), 'article')}</div>
        <div class="field">${select('outlet', 'Outlet', f.outlet, facets.outlets.map(([o, n]) => [o, `${o} (${n})`]), 'outlet')}</div>
        <div class="field"><label for="from">Changed from</label><input id="from" type="date" .value=${f.from ?? ''} @change=${(e: Event) => this.set('from', (e.target as HTMLInputElement).value || null)} /></div>
        <div class="field"><label for="to">Changed until</label><input id="to" type="date" .value=${f.to ?? ''} @change=${(e: Event) => this.set('to', (e.target as HTMLInputElement).value || null)} /></div>
        <div class="field">
          <label for="sort">Sort</label>
          <select id="sort" @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as NoteSort)}>
            ${(Object.keys(NOTE_SORTS) as NoteSort[]).map((s) => html`<option value=${s} ?selected=${s === this.sort}>${NOTE_SORTS[s]}</option>`)}
          </select>
        </div>
        <button type="button" class="clear" @click=${() => (this.filter = NO_FILTER)} ?disabled=${f === NO_FILTER}>Clear filters</button>
      </form>
      <p class="count" role="status">Showing ${count} of ${notes.length} ${notes.length === 1 ? 'note' : 'notes'}.</p>
    `;
  }

  private renderNote(n: Annotation, orphan = false) {
    const article = this.articles.get(n.target.source);
    const label = CATEGORY_LABEL[n.category];
    const position = n.target.selectors?.[1];
    const href = article ? articleHref(article.id, orphan || !position ? undefined : { start: position.start, end: position.end }) : null;
    return html`<li class="note ${n.category}" data-note=${n.id}>
      <p class="meta">
        <span class="category"><span aria-hidden="true">${label.icon}</span> ${label.name}</span>
        · ${article ? html`<span class="article">${article.title}</span>${article.outlet ? html` · <span>${article.outlet}</span>` : nothing}` : html`<span class="article">Article no longer in the library</span>`}
        · <time datetime=${n.modified}>${formatDate(n.modified.slice(0, 10))}</time>
      </p>
      ${n.target.selectors ? html`<blockquote>${n.target.selectors[0].exact}</blockquote>` : html`<p class="page">Note on the whole article</p>`}
      ${n.note ? html`<div class="body">${renderMarkdown(n.note)}</div>` : nothing}
      ${n.tags.length ? html`<p class="tags">${n.tags.map((t) => html`<span class="tag">#${t}</span> `)}</p>` : nothing}
      <p class="actions">
        ${href ? html`<a href=${href}>${position && !orphan ? 'Open the passage' : 'Open the article'}</a>` : nothing}
        ${orphan ? html`<button type="button" @click=${() => this.deleteNote(n)}>Delete</button>` : nothing}
      </p>
    </li>`;
  }

  static override styles = [
    focusRing,
    visuallyHidden,
    css`
      :host { display: block; max-width: 60rem; margin: 0 auto; padding: 1.25rem 1rem 4rem; font-family: var(--cl-sans); color: var(--cl-text); }
      h1 { font-family: var(--cl-serif); font-size: clamp(1.5rem, 4vw, 2.1rem); margin: 0 0 0.5rem; }
      h2 { font-size: 1.15rem; margin: 2rem 0 0.5rem; }
      a { color: var(--cl-accent); }
      button, input, select { font: inherit; }
      button { padding: 0.3rem 0.7rem; border-radius: 6px; border: 1px solid var(--cl-border); background: var(--cl-surface); color: var(--cl-text); cursor: pointer; }
      button:disabled { opacity: 0.55; cursor: default; }
      input, select { padding: 0.3rem 0.45rem; border-radius: 6px; border: 1px solid var(--cl-border); background: var(--cl-bg); color: var(--cl-text); max-width: 100%; }
      .storage, .hint, .count { color: var(--cl-muted); font-size: 0.9rem; }
      .problem { border-left: 4px solid var(--cl-focus); padding-left: 0.75rem; }
      .filters { display: flex; flex-wrap: wrap; gap: 0.6rem 1rem; align-items: end; padding: 0.8rem; border: 1px solid var(--cl-border); border-radius: 8px; background: var(--cl-surface); }
      .field { display: grid; gap: 0.2rem; font-size: 0.85rem; min-width: 9rem; }
      .field.wide { flex: 1 1 100%; }
      .notes { list-style: none; padding: 0; margin: 1rem 0 0; display: grid; gap: 0.75rem; }
      .note { border: 1px solid var(--cl-border); border-left-width: 4px; border-radius: 8px; padding: 0.6rem 0.9rem; background: var(--cl-surface); }
      .meta { margin: 0; font-size: 0.85rem; color: var(--cl-muted); }
      .category { font-weight: 700; color: var(--cl-text); }
      .article { font-style: italic; }
      blockquote { margin: 0.5rem 0; padding-left: 0.75rem; border-left: 3px solid var(--cl-border); font-family: var(--cl-serif); }
      .page { font-style: italic; margin: 0.5rem 0; }
      .body :first-child { margin-top: 0; }
      .tags { margin: 0.3rem 0; font-size: 0.85rem; }
      .actions { display: flex; gap: 1rem; align-items: center; margin: 0.4rem 0 0; }
      kbd { font-family: var(--cl-mono, monospace); border: 1px solid var(--cl-border); border-radius: 3px; padding: 0 0.25rem; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-notes-view': ClNotesView;
  }
}
