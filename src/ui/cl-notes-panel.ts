import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Annotation } from '../core/annotations.ts';
import { renderMarkdown } from './markdown.ts';
import { CATEGORY_LABEL, type SaveState } from './reader-notes-controller.ts';
import { focusRing } from './shared-styles.ts';

export type NoteAction = 'edit' | 'delete' | 'show' | 'reattach';
export interface NoteActionDetail {
  action: NoteAction;
  id: string;
}

/** The reader's own layer on this article: highlights and notes, page notes, orphaned notes. */
@customElement('cl-notes-panel')
export class ClNotesPanel extends LitElement {
  @property({ attribute: false }) annotations: Annotation[] = [];
  @property({ attribute: false }) status: SaveState = { kind: 'idle' };
  @property({ attribute: false }) undoLabel: string | null = null;
  /** Why notes cannot be saved, if they cannot. */
  @property() problem: string | null = null;
  @property({ type: Boolean }) hasSelection = false;
  /** Whether the article view currently hides the reader's highlights in the text. */
  @property({ type: Boolean }) hideOwn = false;

  private act(action: NoteAction, id: string): void {
    this.dispatchEvent(new CustomEvent<NoteActionDetail>('cl-note-action', { detail: { action, id }, bubbles: true, composed: true }));
  }

  private signal(type: 'cl-note-undo' | 'cl-page-note-add'): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true }));
  }

  focusNote(id: string): void {
    this.renderRoot.querySelector<HTMLElement>(`[data-note="${CSS.escape(id)}"]`)?.focus();
  }

  override render() {
    const page = this.annotations.filter((a) => !a.target.selectors);
    const placed = this.annotations.filter((a) => a.target.selectors && a.anchor !== 'orphaned');
    const orphaned = this.annotations.filter((a) => a.target.selectors && a.anchor === 'orphaned');
    return html`<section aria-labelledby="notes-heading">
      <h2 id="notes-heading">Your notes</h2>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      <p class="status" role="status">${this.status.kind === 'saved' ? html`✓ ${this.status.message}` : ''}</p>
      ${this.status.kind === 'error' ? html`<p class="problem" role="alert">${this.status.message}</p>` : nothing}
      ${this.undoLabel ? html`<p class="undo">${this.undoLabel}. <button type="button" @click=${() => this.signal('cl-note-undo')}>Undo</button></p>` : nothing}
      <p class="hint">Select text, then press <kbd>h</kbd> to highlight or <kbd>n</kbd> to add a note.</p>
      <label class="toggle"><input type="checkbox" class="show-own" .checked=${!this.hideOwn}
        @change=${(e: Event) => this.dispatchEvent(new CustomEvent<boolean>('cl-own-toggle', { detail: (e.target as HTMLInputElement).checked, bubbles: true, composed: true }))} />
        Show my highlights in the text</label>
      <button type="button" class="add" @click=${() => this.signal('cl-page-note-add')} ?disabled=${!!this.problem}>Add a note on the whole article</button>
      ${page.length ? html`<h3>On the whole article</h3><ol>${page.map((a) => this.item(a))}</ol>` : nothing}
      ${placed.length ? html`<h3>Highlights (${placed.length})</h3><ol>${placed.map((a) => this.item(a))}</ol>` : nothing}
      ${orphaned.length
        ? html`<h3>Orphaned notes (${orphaned.length})</h3>
            <p class="hint">The text these were attached to has changed and cannot be found. Select the right passage and choose Re-attach, or delete the note.</p>
            <ol>${orphaned.map((a) => this.item(a, true))}</ol>`
        : nothing}
    </section>`;
  }

  private item(a: Annotation, orphaned = false) {
    const label = CATEGORY_LABEL[a.category];
    const quote = a.target.selectors?.[0].exact;
    return html`<li class="note ${a.category}">
      <p class="cat"><span aria-hidden="true">${label.icon}</span> ${label.name}${a.anchor === 'fuzzy' ? html` <span class="fuzzy">(moved: the text changed)</span>` : nothing}</p>
      ${quote ? html`<button type="button" class="quote" data-note=${a.id} @click=${() => this.act('show', a.id)} ?disabled=${orphaned} aria-label="Show in the text: ${quote}">“${quote.length > 140 ? quote.slice(0, 139) + '…' : quote}”</button>` : nothing}
      ${a.note ? html`<div class="body">${renderMarkdown(a.note)}</div>` : nothing}
      ${a.tags.length ? html`<p class="tags">${a.tags.map((t) => html`<span class="tag">#${t}</span> `)}</p>` : nothing}
      <p class="actions">
        <button type="button" @click=${() => this.act('edit', a.id)}>${a.note ? 'Edit' : 'Add note'}</button>
        ${orphaned ? html`<button type="button" ?disabled=${!this.hasSelection} @click=${() => this.act('reattach', a.id)}>Re-attach to selection</button>` : nothing}
        <button type="button" @click=${() => this.act('delete', a.id)}>Delete</button>
      </p>
    </li>`;
  }

  static override styles = [
    focusRing,
    css`
      :host { display: block; font-family: var(--cl-sans); font-size: 0.9rem; margin-top: 1.5rem; }
      h2 { font-size: 1rem; margin: 0 0 0.4rem; }
      h3 { font-size: 0.85rem; margin: 0.8rem 0 0.4rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--cl-muted); }
      ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.4rem; }
      .note { border: 1px solid var(--cl-border); border-left-width: 5px; border-radius: 6px; padding: 0.45rem 0.6rem; background: var(--cl-surface); }
      .note.important { border-left-color: var(--cl-note-important); }
      .note.question { border-left-color: var(--cl-note-question); }
      .note.disputed { border-left-color: var(--cl-note-disputed); }
      .note.follow-up { border-left-color: var(--cl-note-follow-up); }
      .cat { margin: 0; font-weight: 700; font-size: 0.8rem; }
      .fuzzy { font-weight: 400; color: var(--cl-muted); }
      .quote { all: unset; cursor: pointer; font-family: var(--cl-serif); display: block; margin: 0.2rem 0; }
      .quote:focus-visible { outline: 3px solid var(--cl-focus); outline-offset: 2px; }
      .body { font-family: var(--cl-serif); }
      .body :where(p) { margin: 0.2rem 0; }
      .tags { margin: 0.2rem 0; color: var(--cl-muted); }
      .actions { margin: 0.3rem 0 0; display: flex; gap: 0.4rem; flex-wrap: wrap; }
      button { font: inherit; font-size: 0.82rem; padding: 0.15rem 0.55rem; border-radius: 5px; border: 1px solid var(--cl-border); background: var(--cl-bg); color: var(--cl-text); cursor: pointer; }
      button:disabled { opacity: 0.55; cursor: default; }
      .add { margin: 0.2rem 0 0.4rem; }
      .status { min-height: 1.2em; margin: 0; color: var(--cl-muted); }
      .problem { border-left: 4px solid var(--cl-focus); padding-left: 0.6rem; margin: 0.3rem 0; }
      .hint { color: var(--cl-muted); font-size: 0.82rem; margin: 0.3rem 0; }
      .toggle { display: flex; align-items: center; gap: 0.4rem; font-size: 0.85rem; margin: 0.3rem 0 0.5rem; cursor: pointer; }
      kbd { border: 1px solid var(--cl-border); border-radius: 3px; padding: 0 0.25rem; background: var(--cl-bg); }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-notes-panel': ClNotesPanel;
  }
  interface HTMLElementEventMap {
    'cl-note-action': CustomEvent<NoteActionDetail>;
    'cl-note-undo': CustomEvent<void>;
    'cl-page-note-add': CustomEvent<void>;
    'cl-own-toggle': CustomEvent<boolean>;
  }
}
