import { consume } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { type AnalysisProgress, type AnalysisService } from '../app/analysis-client.ts';
import { analysisContext, libraryContext } from '../app/contexts.ts';
import { type LibraryItem, type LibraryService, importingLibrary } from '../app/library-service.ts';
import { articleHref } from '../app/routes.ts';
import { byPublished } from '../core/corpus/library.ts';
import type { ImportedArticle } from '../core/import/types.ts';
import './cl-import-panel.ts';
import type { ClImportPanel } from './cl-import-panel.ts';
import { formatDate, formatReading } from './format.ts';
import { focusRing } from './shared-styles.ts';

/**
 * The library as a story timeline: every article, oldest first, each a link into the reader.
 * When the library takes imports, the reader can add articles (picker, drop, paste) and delete
 * the ones they imported (with confirmation and undo); after either, the analysis runs again
 * with a visible, cancelable progress bar.
 */
@customElement('cl-library')
export class ClLibrary extends LitElement {
  @consume({ context: libraryContext }) library?: LibraryService;
  @consume({ context: analysisContext }) analysis?: AnalysisService;
  @state() private entries?: LibraryItem[];
  @state() private error?: string;
  @state() private confirming?: string;
  @state() private deleted?: ImportedArticle;
  @state() private status = '';
  @state() private progress?: AnalysisProgress;
  @state() private dragging = false;
  @query('cl-import-panel') private panel?: ClImportPanel;
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    this.unsubscribe = importingLibrary(this.library)?.onChange(() => {
      void this.load();
      void this.reanalyse();
    });
  }

  override disconnectedCallback(): void {
    this.unsubscribe?.();
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    if (!this.library) return;
    try {
      this.entries = [...(await this.library.list())].sort(byPublished);
      this.error = undefined;
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
    }
  }

  override render() {
    if (this.error) {
      return html`<p role="alert" class="error">The library could not be loaded: ${this.error}.
        Check your connection and <button @click=${() => this.load()}>try again</button>.</p>`;
    }
    if (!this.entries) return html`<p class="loading" aria-live="polite">Loading the library…</p>`;
    const outlets = new Set(this.entries.map((e) => e.outlet ?? 'unknown outlet')).size;
    const importing = importingLibrary(this.library);
    return html`
      <header>
        <h1>Library</h1>
        <p class="summary">${plural(this.entries.length, 'article')} from ${plural(outlets, 'outlet')}, in the order they were published.</p>
      </header>
      ${importing ? html`<cl-import-panel .library=${importing}></cl-import-panel>` : nothing}
      ${this.renderStatus()}
      <ol class="timeline ${this.dragging ? 'dragging' : ''}" aria-label="Articles in date order">
        ${this.entries.map((entry) => html`
          <li>
            <time class="date" datetime=${entry.published ?? ''}>${formatDate(entry.published)}</time>
            <a class="card" href=${articleHref(entry.id)}>
              <span class="outlet">${entry.outlet ?? 'Outlet unknown'}${entry.imported ? html` <span class="badge">Imported</span>` : nothing}</span>
              <span class="title">${entry.title}</span>
              <span class="meta">${formatReading(entry.words)}${entry.author ? html` · ${entry.author}` : ''}</span>
            </a>
            ${entry.imported ? this.renderDelete(entry) : nothing}
          </li>`)}
      </ol>
    `;
  }

  private renderDelete(entry: LibraryItem) {
    if (this.confirming !== entry.id) {
      return html`<button type="button" class="delete" data-delete=${entry.id} aria-label="Delete “${entry.title}”"
        @click=${() => this.askDelete(entry.id)}>Delete</button>`;
    }
    return html`<div class="confirm" role="group" aria-labelledby="confirm-text">
      <p id="confirm-text">Delete “${entry.title}” from the library? Your notes on it are kept and listed as orphaned notes until you delete them.</p>
      <button type="button" class="danger" id="confirm-delete" @click=${() => this.deleteArticle(entry.id)}>Delete the article</button>
      <button type="button" @click=${() => this.cancelDelete(entry.id)}>Keep it</button>
    </div>`;
  }

  private renderStatus() {
    return html`<div class="status-area">
      ${this.progress
        ? html`<div class="progress">
            <label for="analysis-progress">Analysing the library again (${this.progress.stage})…</label>
            <progress id="analysis-progress" max=${this.progress.total} .value=${this.progress.done}></progress>
            <button type="button" id="cancel-analysis" @click=${() => this.analysis?.cancel?.()}>Cancel</button>
          </div>`
        : nothing}
      <p role="status" class="status">${this.status}${this.deleted
        ? html` <button type="button" id="undo" @click=${this.undo}>Undo</button>`
        : nothing}</p>
    </div>`;
  }

  private async askDelete(id: string): Promise<void> {
    this.confirming = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm-delete')?.focus();
  }

  private async cancelDelete(id: string): Promise<void> {
    this.confirming = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-delete="${CSS.escape(id)}"]`)?.focus();
  }

  private async deleteArticle(id: string): Promise<void> {
    const library = importingLibrary(this.library);
    if (!library) return;
    this.confirming = undefined;
    try {
      this.deleted = await library.remove(id);
      this.status = this.deleted ? `Deleted “${this.deleted.title}”. Your notes on it are kept.` : 'That article was already deleted.';
    } catch (err) {
      this.status = `The article could not be deleted: ${err instanceof Error ? err.message : String(err)}`;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#undo')?.focus();
  }

  private readonly undo = async (): Promise<void> => {
    const library = importingLibrary(this.library);
    const article = this.deleted;
    if (!library || !article) return;
    this.deleted = undefined;
    try {
      await library.add([article]);
      this.status = `Restored “${article.title}”.`;
    } catch (err) {
      this.deleted = article;
      this.status = `The article could not be restored: ${err instanceof Error ? err.message : String(err)}`;
    }
  };

  /** After an import or delete: analyse again, showing progress; Cancel stops the run. */
  private async reanalyse(): Promise<void> {
    if (!this.analysis) return;
    this.progress = { done: 0, total: 1, stage: 'starting' };
    try {
      const result = await this.analysis.result({ onProgress: (p) => (this.progress = p) });
      if (!this.deleted) this.status = `Analysis updated: ${plural(result.links.length, 'link')} between ${plural(result.articles.length, 'article')}.`;
    } catch (err) {
      this.status = err instanceof Error && err.name === 'AnalysisCancelled'
        ? 'Analysis cancelled. It runs again when you open an article.'
        : `The analysis failed: ${err instanceof Error ? err.message : String(err)}`;
    } finally {
      this.progress = undefined;
    }
  }

  private readonly onDragOver = (event: DragEvent): void => {
    if (!importingLibrary(this.library) || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private readonly onDragLeave = (event: DragEvent): void => {
    if (event.relatedTarget === null || !this.contains(event.relatedTarget as Node)) this.dragging = false;
  };

  private readonly onDrop = (event: DragEvent): void => {
    this.dragging = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (!importingLibrary(this.library) || files.length === 0) return;
    event.preventDefault();
    void this.panel?.addFiles(files);
  };

  override firstUpdated(): void {
    this.addEventListener('dragover', this.onDragOver);
    this.addEventListener('dragleave', this.onDragLeave);
    this.addEventListener('drop', this.onDrop);
  }

  static override styles = [
    focusRing,
    css`
      :host { display: block; max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
      h1 { font-family: var(--cl-serif); font-size: 2rem; margin: 0 0 0.25rem; }
      .summary { color: var(--cl-muted); margin: 0 0 2rem; }
      .timeline { list-style: none; margin: 0; padding: 0 0 0 1.25rem; border-left: 2px solid var(--cl-rail); }
      li { position: relative; margin: 0 0 1.5rem; }
      li::before {
        content: ''; position: absolute; left: calc(-1.25rem - 7px); top: 0.35rem;
        width: 12px; height: 12px; border-radius: 50%; background: var(--cl-bg); border: 2px solid var(--cl-accent);
      }
      .date { display: block; font-size: 0.85rem; font-weight: 600; color: var(--cl-muted); margin-bottom: 0.35rem; letter-spacing: 0.02em; }
      .card {
        display: grid; gap: 0.3rem; padding: 0.9rem 1rem; border: 1px solid var(--cl-border); border-radius: 8px;
        background: var(--cl-surface); color: inherit; text-decoration: none;
      }
      .card:hover { border-color: var(--cl-accent); }
      .card:hover .title { text-decoration: underline; }
      .outlet { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--cl-accent); font-weight: 700; }
      .title { font-family: var(--cl-serif); font-size: 1.2rem; line-height: 1.35; }
      .meta { font-size: 0.85rem; color: var(--cl-muted); }
      .error { color: var(--cl-text); border-left: 4px solid var(--cl-focus); padding-left: 0.75rem; }
      .timeline.dragging { outline: 3px dashed var(--cl-accent); outline-offset: 6px; }
      .badge { margin-left: 0.4rem; padding: 0 0.35rem; border: 1px solid currentColor; border-radius: 4px; font-size: 0.7rem; }
      button { font: inherit; padding: 0.3rem 0.75rem; border-radius: 6px; border: 1px solid var(--cl-border); background: var(--cl-surface); color: var(--cl-text); cursor: pointer; }
      .delete { margin-top: 0.4rem; font-size: 0.85rem; }
      .confirm { margin-top: 0.5rem; padding: 0.6rem 0.8rem; border-left: 4px solid var(--cl-focus); background: var(--cl-surface); }
      .confirm p { margin: 0 0 0.5rem; }
      .danger { border-color: var(--cl-focus); font-weight: 700; }
      .status-area { margin: 0 0 1rem; }
      .status:empty { margin: 0; }
      .progress { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
      progress { flex: 1 1 12rem; }
    `,
  ];
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-library': ClLibrary;
  }
}
