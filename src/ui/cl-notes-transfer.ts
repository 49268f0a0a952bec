import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AnalysisService } from '../app/analysis-client.ts';
import { downloadText } from '../app/download.ts';
import type { LibraryService } from '../app/library-service.ts';
import { LAST_BACKUP_KEY, exportBackup, exportNotes, importNotesFile, type ImportOutcome, type NotesFormat } from '../app/notes-transfer.ts';
import type { Annotation } from '../core/annotations.ts';
import type { NoteArticle } from '../core/notes-query.ts';
import type { Library } from '../storage/index.ts';
import { formatDate } from './format.ts';
import { focusRing } from './shared-styles.ts';

type Scope = 'all' | 'shown' | 'article';

const FORMATS: Array<{ format: NotesFormat; label: string; hint: string }> = [
  { format: 'markdown', label: 'Markdown', hint: 'for Obsidian or Logseq: quotes, notes, tags, and the other outlets as footnotes' },
  { format: 'web-annotation', label: 'Web Annotation (JSON-LD)', hint: 'the W3C standard, readable by other annotation tools' },
  { format: 'csv', label: 'CSV for Readwise', hint: 'highlights with their notes, in the columns Readwise imports' },
];

/** Export (notes in three formats, or a full backup) and import (backup or W3C) for the notes view. */
@customElement('cl-notes-transfer')
export class ClNotesTransfer extends LitElement {
  @property({ attribute: false }) notes: Annotation[] = [];
  /** The notes the view's filters let through. */
  @property({ attribute: false }) shown: Annotation[] = [];
  @property({ attribute: false }) articles = new Map<string, NoteArticle>();
  @property({ attribute: false }) storageLibrary: Library | null = null;
  @property({ attribute: false }) library?: LibraryService;
  @property({ attribute: false }) analysis?: AnalysisService;

  @state() private scope: Scope = 'all';
  @state() private article = '';
  @state() private busy = '';
  @state() private message: { kind: 'done' | 'error'; text: string } | null = null;
  @state() private outcome: ImportOutcome | null = null;
  @state() private lastBackup: string | null = null;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('storageLibrary') && this.storageLibrary) {
      void this.storageLibrary.meta.get<string>(LAST_BACKUP_KEY).then((v) => (this.lastBackup = v ?? null)).catch(() => {});
    }
  }

  private selected(): Annotation[] {
    if (this.scope === 'shown') return this.shown;
    if (this.scope === 'article') return this.notes.filter((n) => n.target.source === this.article);
    return this.notes;
  }

  private async run(label: string, work: () => Promise<string>): Promise<void> {
    this.busy = label;
    this.message = null;
    try {
      this.message = { kind: 'done', text: await work() };
    } catch (err) {
      this.message = { kind: 'error', text: `${label} failed: ${err instanceof Error ? err.message : String(err)}` };
    } finally {
      this.busy = '';
    }
  }

  private exportAs(format: NotesFormat): Promise<void> {
    return this.run('Export', async () => {
      const notes = this.selected();
      if (!this.storageLibrary || !this.library) throw new Error('your notes are not available in this browser');
      const file = await exportNotes(format, notes, { articles: this.library, storage: this.storageLibrary, analysis: this.analysis });
      downloadText(file.name, file.content, file.type);
      return `Saved ${file.name} (${notes.length} ${notes.length === 1 ? 'note' : 'notes'}).`;
    });
  }

  private backup(): Promise<void> {
    return this.run('Backup', async () => {
      if (!this.storageLibrary) throw new Error('your notes are not available in this browser');
      const file = await exportBackup(this.storageLibrary);
      downloadText(file.name, file.content, file.type);
      this.lastBackup = new Date().toISOString();
      return `Saved ${file.name}: every note, tag, draft, review and imported article.`;
    });
  }

  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire change again
    if (!file || !this.storageLibrary || !this.library) return;
    this.outcome = null;
    await this.run('Import', async () => {
      const outcome = await importNotesFile(file, { articles: this.library!, storage: this.storageLibrary!, analysis: this.analysis });
      this.outcome = outcome;
      if (!outcome.ok) throw new Error(`${file.name} was not imported; nothing was changed`);
      const s = outcome.summary;
      return `Imported ${file.name}: ${s.added} added, ${s.updated} updated, ${s.skipped} already here${s.orphaned ? `, ${s.orphaned} without their article (listed under Orphaned notes)` : ''}.`;
    });
  }

  override render() {
    const disabled = !this.storageLibrary || !!this.busy;
    const count = this.selected().length;
    const articleIds = [...new Set(this.notes.map((n) => n.target.source))];
    return html`
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export and import</h2>
        <fieldset>
          <legend>Which notes</legend>
          <label><input type="radio" name="scope" .checked=${this.scope === 'all'} @change=${() => (this.scope = 'all')} /> All notes (${this.notes.length})</label>
          <label><input type="radio" name="scope" .checked=${this.scope === 'shown'} @change=${() => (this.scope = 'shown')} /> The notes shown above (${this.shown.length})</label>
          <label><input type="radio" name="scope" .checked=${this.scope === 'article'} @change=${() => (this.scope = 'article')} /> One article:</label>
          <label class="visually-hidden" for="scope-article">Article to export</label>
          <select id="scope-article" .value=${this.article} @change=${(e: Event) => { this.article = (e.target as HTMLSelectElement).value; this.scope = 'article'; }}>
            <option value="">Choose…</option>
            ${articleIds.map((id) => html`<option value=${id} ?selected=${id === this.article}>${this.articles.get(id)?.title ?? `${id} (removed)`}</option>`)}
          </select>
        </fieldset>
        <ul class="formats">
          ${FORMATS.map((f) => html`<li><button type="button" data-format=${f.format} ?disabled=${disabled || count === 0} @click=${() => this.exportAs(f.format)}>Export ${f.label}</button> <span class="hint">${f.hint}</span></li>`)}
          <li>
            <button type="button" class="backup" ?disabled=${disabled} @click=${this.backup}>Download full backup</button>
            <span class="hint">everything, to restore on this or another browser. ${this.lastBackup ? `Last backup: ${formatDate(this.lastBackup.slice(0, 10))}.` : 'No backup made yet.'}</span>
          </li>
        </ul>
        <p>
          <label for="import">Import a Crosslight backup or Web Annotation file (.json, .jsonld)</label><br />
          <input id="import" type="file" accept=".json,.jsonld,application/json,application/ld+json" ?disabled=${disabled} @change=${(e: Event) => this.importFile(e.target as HTMLInputElement)} />
        </p>
        <p class="busy" role="status">${this.busy ? `${this.busy} in progress…` : this.message?.kind === 'done' ? this.message.text : ''}</p>
        ${this.message?.kind === 'error' ? html`<div class="error" role="alert"><p>${this.message.text}</p>${this.renderIssues()}</div>` : nothing}
        ${this.outcome?.ok && this.outcome.warnings.length ? html`<details><summary>${this.outcome.warnings.length} warnings</summary>${this.issueList(this.outcome.warnings)}</details>` : nothing}
      </section>
    `;
  }

  private renderIssues() {
    return this.outcome && !this.outcome.ok ? this.issueList(this.outcome.errors) : nothing;
  }

  private issueList(issues: Array<{ path: string; message: string }>) {
    const shown = issues.slice(0, 20);
    return html`<ul class="issues">${shown.map((i) => html`<li>${i.path ? html`<code>${i.path}</code>: ` : nothing}${i.message}</li>`)}</ul>
      ${issues.length > shown.length ? html`<p>…and ${issues.length - shown.length} more.</p>` : nothing}`;
  }

  static override styles = [
    focusRing,
    css`
      :host { display: block; margin-top: 2.5rem; }
      h2 { font-size: 1.15rem; }
      fieldset { border: 1px solid var(--cl-border); border-radius: 8px; display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; align-items: center; }
      button, input, select { font: inherit; }
      button { padding: 0.35rem 0.75rem; border-radius: 6px; border: 1px solid var(--cl-border); background: var(--cl-surface); color: var(--cl-text); cursor: pointer; }
      button:disabled { opacity: 0.55; cursor: default; }
      select { padding: 0.25rem 0.4rem; border-radius: 6px; border: 1px solid var(--cl-border); background: var(--cl-bg); color: var(--cl-text); max-width: 100%; }
      .formats { list-style: none; padding: 0; display: grid; gap: 0.5rem; }
      .hint { color: var(--cl-muted); font-size: 0.85rem; }
      .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      .error { border-left: 4px solid var(--cl-focus); padding-left: 0.75rem; }
      .issues code { font-size: 0.85em; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-notes-transfer': ClNotesTransfer;
  }
}
