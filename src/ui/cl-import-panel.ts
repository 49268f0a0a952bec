import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ImportingLibrary } from '../app/library-service.ts';
import { MAX_ARTICLE_BYTES, formatBytes } from '../core/corpus/decode.ts';
import { ACCEPTED_EXTENSIONS } from '../core/import/kinds.ts';
import type { ArticleMeta, DraftResult, ImportDraft, ImportedArticle } from '../core/import/types.ts';
import { focusRing, visuallyHidden } from './shared-styles.ts';

/** One file's fate in a batch, as the report lists it. */
export interface ImportOutcome {
  source: string;
  status: 'added' | 'refused' | 'skipped';
  reason?: string;
  id?: string;
}

interface Review {
  draft: ImportDraft;
  meta: ArticleMeta;
  keep: Set<number>;
}

/**
 * Adding the reader's own articles: a file picker (also fed by drops on the library and by
 * pasted files), a paste box, then a review of each article (metadata prefilled and editable,
 * the clean-up preview, each flagged block keepable) and a report of every file's outcome.
 * The reviewed articles of a batch are saved together in one transaction.
 */
@customElement('cl-import-panel')
export class ClImportPanel extends LitElement {
  @property({ attribute: false }) library?: ImportingLibrary;
  @state() private problem: string | null = null;
  @state() private reading = false;
  @state() private pasteOpen = false;
  @state() private queue: Review[] = [];
  @state() private position = 0;
  @state() private outcomes: ImportOutcome[] = [];
  @state() private report?: ImportOutcome[];
  @state() private formError = '';
  private accepted: ImportedArticle[] = [];
  @query('#files') private fileInput!: HTMLInputElement;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.library?.importProblem().then((p) => (this.problem = p));
  }

  /** Reads files (picked, dropped or pasted) and starts their review. */
  async addFiles(files: Iterable<File>): Promise<void> {
    const list = [...files];
    if (list.length === 0 || this.problem) return;
    if (this.queue.length > 0 || this.reading) {
      // A drop in the middle of a review would lose it: finish (or skip) first.
      this.formError = 'Finish reviewing the current files (save or skip each) before adding more.';
      return;
    }
    this.reading = true;
    this.report = undefined;
    const { draftFromFile } = await pipeline();
    const results = await Promise.all(list.map((f) => draftFromFile(f)));
    this.reading = false;
    this.begin(results.map((r, i) => ({ source: list[i].name, result: r })));
  }

  /** Pasted text: front matter or plain text whose first line is the title. */
  async addText(text: string): Promise<void> {
    this.report = undefined;
    const { draftFromText } = await pipeline();
    this.begin([{ source: 'Pasted text', result: draftFromText('Pasted text', 'paste', text.replace(/\r\n?/g, '\n')) }]);
  }

  private begin(items: { source: string; result: DraftResult }[]): void {
    this.outcomes = items.filter((i) => !i.result.ok).map((i) => ({ source: i.source, status: 'refused', reason: (i.result as { reason: string }).reason }));
    this.queue = items.flatMap((i) => (i.result.ok ? [{ draft: i.result.draft, meta: { ...i.result.draft.meta }, keep: new Set<number>() }] : []));
    this.position = 0;
    this.accepted = [];
    this.formError = '';
    if (this.queue.length === 0) void this.finish();
    else void this.focusAfterUpdate('#review-heading');
  }

  private get current(): Review | undefined {
    return this.queue[this.position];
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const review = this.current;
    if (!review || !this.library) return;
    const { articleFromDraft } = await pipeline();
    const existing = await this.library.ids();
    for (const a of this.accepted) existing.add(a.id);
    const saved = articleFromDraft(review.draft, review.meta, review.keep, existing, new Date().toISOString());
    if (!saved.ok && /already in the library/.test(saved.reason)) {
      this.outcomes = [...this.outcomes, { source: review.draft.source, status: 'refused', reason: saved.reason }];
      return this.next();
    }
    if (!saved.ok) {
      this.formError = `This article cannot be saved yet: ${saved.reason}.`;
      return this.focusAfterUpdate('#form-error');
    }
    this.accepted.push(saved.article);
    this.outcomes = [...this.outcomes, { source: review.draft.source, status: 'added', id: saved.article.id }];
    return this.next();
  }

  private skip(): Promise<void> {
    const review = this.current;
    if (review) this.outcomes = [...this.outcomes, { source: review.draft.source, status: 'skipped', reason: 'you skipped it' }];
    return this.next();
  }

  private async next(): Promise<void> {
    this.formError = '';
    if (this.position + 1 < this.queue.length) {
      this.position++;
      return this.focusAfterUpdate('#review-heading');
    }
    await this.finish();
  }

  /** Saves the batch's accepted articles in one transaction, then reports every file. */
  private async finish(): Promise<void> {
    const accepted = this.accepted;
    this.queue = [];
    this.accepted = [];
    let outcomes = this.outcomes;
    if (accepted.length > 0 && this.library) {
      try {
        await this.library.add(accepted);
      } catch (err) {
        const reason = `not saved: ${err instanceof Error ? err.message : String(err)}`;
        outcomes = outcomes.map((o) => (o.status === 'added' ? { ...o, status: 'refused', reason } : o));
      }
    }
    this.report = outcomes;
    const added = outcomes.filter((o) => o.status === 'added').map((o) => o.id!);
    this.dispatchEvent(new CustomEvent('cl-import-done', { detail: { added, outcomes }, bubbles: true, composed: true }));
    await this.focusAfterUpdate('#report-heading');
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private onPicked(): void {
    const files = [...(this.fileInput.files ?? [])];
    void this.addFiles(files).then(() => (this.fileInput.value = ''));
  }

  private onPasteBoxPaste(event: ClipboardEvent): void {
    // Pasted files (copied in a file manager) are imported like picked ones.
    const files = [...(event.clipboardData?.files ?? [])];
    if (files.length > 0) {
      event.preventDefault();
      this.pasteOpen = false;
      void this.addFiles(files);
    }
  }

  private submitPaste(event: Event): void {
    event.preventDefault();
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste-text')!;
    if (box.value.trim() === '') {
      this.formError = 'Paste the text of an article first.';
      return;
    }
    this.pasteOpen = false;
    this.formError = '';
    void this.addText(box.value);
  }

  private edit(field: keyof ArticleMeta, value: string): void {
    const review = this.current;
    if (!review) return;
    review.meta = { ...review.meta, [field]: value };
    this.requestUpdate();
  }

  private toggleKeep(index: number, keep: boolean): void {
    const review = this.current;
    if (!review) return;
    if (keep) review.keep.add(index);
    else review.keep.delete(index);
    this.requestUpdate();
  }

  override render() {
    if (this.problem) return html`<p class="problem">Adding your own articles is not available: ${this.problem}</p>`;
    return html`
      <div class="controls">
        <button type="button" id="add" @click=${() => this.fileInput.click()} ?disabled=${this.reading || this.queue.length > 0}>Add articles…</button>
        <input type="file" id="files" class="visually-hidden" tabindex="-1" aria-hidden="true" multiple
          accept=${[...ACCEPTED_EXTENSIONS, 'text/markdown', 'text/plain', 'text/html'].join(',')} @change=${this.onPicked} />
        <button type="button" aria-expanded=${this.pasteOpen ? 'true' : 'false'} aria-controls="paste"
          ?disabled=${this.reading || this.queue.length > 0}
          @click=${() => { this.pasteOpen = !this.pasteOpen; void this.focusAfterUpdate('#paste-text'); }}>Paste text…</button>
        <span class="hint">Markdown, plain text or saved web pages (${ACCEPTED_EXTENSIONS.join(' ')}), up to ${formatBytes(MAX_ARTICLE_BYTES)} each. You can also drop files on the library.</span>
      </div>
      ${this.pasteOpen ? this.renderPaste() : nothing}
      ${this.reading ? html`<p role="status">Reading the files…</p>` : nothing}
      ${this.current ? this.renderReview(this.current) : nothing}
      ${this.report ? this.renderReport(this.report) : nothing}
    `;
  }

  private renderPaste() {
    return html`<form id="paste" class="box" @submit=${this.submitPaste}>
      <label for="paste-text">Article text</label>
      <p class="hint" id="paste-hint">The first line is taken as the title. Markdown with front matter (between --- lines) keeps its metadata.</p>
      <textarea id="paste-text" rows="10" aria-describedby="paste-hint" @paste=${this.onPasteBoxPaste}></textarea>
      ${this.formError && !this.current ? html`<p class="error" role="alert">${this.formError}</p>` : nothing}
      <div class="actions"><button type="submit">Review</button> <button type="button" @click=${() => (this.pasteOpen = false)}>Cancel</button></div>
    </form>`;
  }

  private renderReview(review: Review) {
    const { draft, meta } = review;
    const removed = draft.cleanup.filter((c) => !review.keep.has(c.index)).length;
    return html`<section class="box" aria-labelledby="review-heading">
      <h2 id="review-heading" tabindex="-1">Review “${draft.source}”${this.queue.length > 1 ? ` (${this.position + 1} of ${this.queue.length})` : ''}</h2>
      ${draft.notes.length ? html`<ul class="notes">${draft.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      <form @submit=${this.save}>
        <div class="fields">
          ${this.field('title', 'Title', meta.title, { required: true })}
          ${this.field('outlet', 'Outlet', meta.outlet)}
          ${this.field('published', 'Published', meta.published, { type: 'date', hint: 'Used to tell an update (a later report revising an earlier one) from a conflict. Leave empty only if unknown.' })}
          ${this.field('author', 'Author', meta.author)}
          ${this.field('url', 'Address (URL)', meta.url, { type: 'url' })}
        </div>
        ${draft.cleanup.length
          ? html`<fieldset class="cleanup">
              <legend>Clean-up: ${removed} of ${draft.cleanup.length} flagged ${draft.cleanup.length === 1 ? 'block' : 'blocks'} will be removed. Tick any you want to keep.</legend>
              ${draft.cleanup.map((c) => html`<div class="flag">
                <input type="checkbox" id="keep-${c.index}" .checked=${review.keep.has(c.index)}
                  @change=${(e: Event) => this.toggleKeep(c.index, (e.target as HTMLInputElement).checked)} />
                <label for="keep-${c.index}">Keep <q>${c.text.length > 200 ? c.text.slice(0, 199) + '…' : c.text}</q> <span class="reason">(${c.reason})</span></label>
              </div>`)}
            </fieldset>`
          : html`<p class="hint">Nothing was flagged for clean-up.</p>`}
        ${this.formError ? html`<p class="error" role="alert" id="form-error" tabindex="-1">${this.formError}</p>` : nothing}
        <div class="actions">
          <button type="submit">Save article</button>
          <button type="button" @click=${() => this.skip()}>Skip this file</button>
        </div>
      </form>
    </section>`;
  }

  private field(name: keyof ArticleMeta, label: string, value: string, options: { type?: string; required?: boolean; hint?: string } = {}) {
    return html`<div class="field">
      <label for="meta-${name}">${label}${options.required ? ' (required)' : ''}</label>
      <input id="meta-${name}" name=${name} type=${options.type ?? 'text'} .value=${value} ?required=${options.required}
        aria-describedby=${options.hint ? `hint-${name}` : nothing}
        @input=${(e: Event) => this.edit(name, (e.target as HTMLInputElement).value)} />
      ${options.hint ? html`<span class="hint" id="hint-${name}">${options.hint}</span>` : nothing}
    </div>`;
  }

  private renderReport(outcomes: ImportOutcome[]) {
    const added = outcomes.filter((o) => o.status === 'added').length;
    const refused = outcomes.filter((o) => o.status === 'refused').length;
    return html`<section class="box report" aria-labelledby="report-heading">
      <h2 id="report-heading" tabindex="-1">Import finished: ${added} added${refused ? `, ${refused} refused` : ''}${outcomes.length - added - refused ? `, ${outcomes.length - added - refused} skipped` : ''}</h2>
      <ul class="outcomes">
        ${outcomes.map((o) => html`<li class=${o.status}><strong>${o.source}</strong>: ${o.status}${o.reason ? html` — ${o.reason}` : nothing}</li>`)}
      </ul>
      <button type="button" @click=${() => { this.report = undefined; void this.focusAfterUpdate('#add'); }}>Close</button>
    </section>`;
  }

  static override styles = [
    focusRing,
    visuallyHidden,
    css`
      :host { display: block; margin: 0 0 1.5rem; }
      .controls { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
      button { font: inherit; padding: 0.35rem 0.8rem; border-radius: 6px; border: 1px solid var(--cl-border); background: var(--cl-surface); color: var(--cl-text); cursor: pointer; }
      button[type='submit'], #add { background: var(--cl-accent); color: var(--cl-accent-text); border-color: var(--cl-accent); }
      button:disabled { opacity: 0.6; cursor: default; }
      .hint { color: var(--cl-muted); font-size: 0.85rem; }
      .box { margin-top: 1rem; padding: 1rem; border: 1px solid var(--cl-border); border-radius: 8px; background: var(--cl-surface); }
      h2 { font-size: 1.15rem; margin: 0 0 0.75rem; }
      h2:focus { outline: none; }
      h2:focus-visible { outline: 3px solid var(--cl-focus); }
      textarea, input:not([type='checkbox']) { font: inherit; width: 100%; box-sizing: border-box; padding: 0.35rem 0.5rem; border: 1px solid var(--cl-muted);
        border-radius: 4px; background: var(--cl-bg); color: var(--cl-text); }
      .fields { display: grid; gap: 0.75rem; margin-bottom: 1rem; }
      .field { display: grid; gap: 0.2rem; }
      label { font-weight: 600; }
      .flag label { font-weight: normal; }
      fieldset { border: 1px solid var(--cl-border); border-radius: 6px; margin: 0 0 1rem; }
      legend { font-weight: 600; padding: 0 0.25rem; }
      .flag { display: flex; gap: 0.5rem; align-items: baseline; margin: 0.35rem 0; }
      .reason { color: var(--cl-muted); font-size: 0.85rem; }
      .actions { display: flex; gap: 0.5rem; margin-top: 0.75rem; }
      .notes { margin: 0 0 1rem; padding-left: 1.2rem; }
      .error, .problem { border-left: 4px solid var(--cl-focus); padding-left: 0.75rem; }
      .outcomes { padding-left: 1.2rem; }
      .outcomes .refused { font-weight: 600; }
    `,
  ];
}

/** The import pipeline, loaded on first use (see cl-import-pipeline.ts). */
function pipeline() {
  return import('./cl-import-pipeline.ts');
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-import-panel': ClImportPanel;
  }
  interface HTMLElementEventMap {
    'cl-import-done': CustomEvent<{ added: string[]; outcomes: ImportOutcome[] }>;
  }
}
