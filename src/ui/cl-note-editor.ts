import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CATEGORIES, type HighlightCategory } from '../core/annotations.ts';
import { renderMarkdown } from './markdown.ts';
import { CATEGORY_LABEL } from './reader-notes-controller.ts';
import { focusRing } from './shared-styles.ts';

export interface NoteFields {
  note: string;
  tags: string[];
  category: HighlightCategory;
}

/**
 * Writes a note. Every keystroke is handed up for autosave (cl-draft-change), so a reload or a
 * closed tab loses nothing; Ctrl+Enter saves, Esc closes and keeps the draft.
 */
@customElement('cl-note-editor')
export class ClNoteEditor extends LitElement {
  /** What the note is about, shown as the editor's context ("On: “…”" or "On the whole article"). */
  @property() subject = '';
  @property({ attribute: false }) initial: NoteFields = { note: '', tags: [], category: 'important' };
  /** A problem to show (a failed save); the text stays in the editor. */
  @property() error = '';
  @state() private note = '';
  @state() private tagsText = '';
  @state() private category: HighlightCategory = 'important';
  private draftTimer?: ReturnType<typeof setTimeout>;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('initial')) {
      this.note = this.initial.note;
      this.tagsText = this.initial.tags.join(', ');
      this.category = this.initial.category;
    }
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector('textarea')?.focus();
  }

  private fields(): NoteFields {
    const tags = [...new Set(this.tagsText.split(',').map((t) => t.trim().replace(/^#/, '')).filter(Boolean))];
    return { note: this.note, tags, category: this.category };
  }

  private changed(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => this.emit('cl-draft-change', this.fields()), 250);
  }

  private emit(type: 'cl-draft-change' | 'cl-note-save', detail: NoteFields): void {
    this.dispatchEvent(new CustomEvent<NoteFields>(type, { detail, bubbles: true, composed: true }));
  }

  private save(): void {
    clearTimeout(this.draftTimer);
    this.emit('cl-note-save', this.fields());
  }

  private close(): void {
    // Flush the draft first, so closing never loses the last keystrokes.
    clearTimeout(this.draftTimer);
    this.emit('cl-draft-change', this.fields());
    this.dispatchEvent(new CustomEvent('cl-note-close', { bubbles: true, composed: true }));
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this.save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close();
    }
  }

  override render() {
    return html`<div role="dialog" aria-labelledby="editor-title" @keydown=${this.onKeyDown}>
      <h2 id="editor-title">Note</h2>
      <p class="subject">${this.subject}</p>
      <fieldset>
        <legend>Category</legend>
        ${CATEGORIES.map((c) => html`<label><input type="radio" name="category" .checked=${this.category === c}
          @change=${() => { this.category = c; this.changed(); }} /> <span aria-hidden="true">${CATEGORY_LABEL[c].icon}</span> ${CATEGORY_LABEL[c].name}</label>`)}
      </fieldset>
      <label class="field">Note (Markdown)
        <textarea rows="6" .value=${this.note} @input=${(e: Event) => { this.note = (e.target as HTMLTextAreaElement).value; this.changed(); }}></textarea>
      </label>
      <label class="field">Tags (comma-separated)
        <input type="text" .value=${this.tagsText} @input=${(e: Event) => { this.tagsText = (e.target as HTMLInputElement).value; this.changed(); }} />
      </label>
      ${this.note.trim() ? html`<div class="preview" aria-label="Preview">${renderMarkdown(this.note)}</div>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        <button type="button" class="primary" @click=${this.save}>Save <kbd>Ctrl+Enter</kbd></button>
        <button type="button" @click=${this.close}>Close <kbd>Esc</kbd></button>
        <span class="hint">Your draft is kept as you type.</span>
      </div>
    </div>`;
  }

  static override styles = [
    focusRing,
    css`
      :host { display: block; font-family: var(--cl-sans); font-size: 0.92rem; }
      div[role='dialog'] { background: var(--cl-surface); color: var(--cl-text); border: 1px solid var(--cl-border); border-radius: 10px;
        box-shadow: 0 10px 30px rgb(0 0 0 / 0.25); padding: 0.9rem 1rem; display: grid; gap: 0.6rem; max-height: 80vh; overflow: auto; }
      h2 { margin: 0; font-size: 1rem; }
      .subject { margin: 0; color: var(--cl-muted); font-family: var(--cl-serif); }
      fieldset { border: 1px solid var(--cl-border); border-radius: 6px; display: flex; flex-wrap: wrap; gap: 0.3rem 0.9rem; padding: 0.3rem 0.6rem; }
      .field { display: grid; gap: 0.2rem; font-weight: 600; }
      textarea, input[type='text'] { font: inherit; font-weight: 400; color: var(--cl-text); background: var(--cl-bg); border: 1px solid var(--cl-border); border-radius: 6px; padding: 0.4rem; }
      .preview { border-left: 3px solid var(--cl-border); padding-left: 0.6rem; font-family: var(--cl-serif); }
      .error { margin: 0; padding: 0.4rem 0.6rem; border-left: 4px solid var(--cl-focus); }
      .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
      button { font: inherit; padding: 0.3rem 0.8rem; border-radius: 6px; border: 1px solid var(--cl-border); background: var(--cl-bg); color: var(--cl-text); cursor: pointer; }
      .primary { background: var(--cl-accent); color: var(--cl-accent-text); border-color: var(--cl-accent); }
      kbd { font-family: inherit; font-size: 0.75rem; opacity: 0.85; }
      .hint { color: var(--cl-muted); font-size: 0.8rem; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-note-editor': ClNoteEditor;
  }
  interface HTMLElementEventMap {
    'cl-draft-change': CustomEvent<NoteFields>;
    'cl-note-save': CustomEvent<NoteFields>;
    'cl-note-close': CustomEvent<void>;
  }
}
