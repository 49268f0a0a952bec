import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { findingSummary, type Finding } from '../core/findings.ts';
import type { LinkKind } from '../core/types.ts';
import { KIND_LABEL, KINDS } from './finding-kinds.ts';
import { focusRing } from './shared-styles.ts';

export interface FindingActivateDetail {
  id: string;
}
export interface KindToggleDetail {
  kind: LinkKind;
  visible: boolean;
}

/**
 * The accessible way into the machine findings: a region listing every highlight of the open
 * article in reading order, with the legend and a toggle per kind.
 */
@customElement('cl-findings-panel')
export class ClFindingsPanel extends LitElement {
  @property({ attribute: false }) findings: Finding[] = [];
  @property({ attribute: false }) hiddenKinds = new Set<LinkKind>();
  @property({ attribute: false }) activeId: string | null = null;
  /** The reader's verdict on each finding (all its links), if any. */
  @property({ attribute: false }) verdicts = new Map<string, 'confirmed' | 'disputed'>();
  @property({ type: Boolean }) hideDisputed = false;
  /** Shown instead of the list while the analysis runs or when it failed. */
  @property() status = '';

  /** Focuses the list item of a finding (for j/k navigation). */
  focusFinding(id: string): void {
    this.renderRoot.querySelector<HTMLElement>(`[data-finding="${CSS.escape(id)}"]`)?.focus();
  }

  private toggle(kind: LinkKind, visible: boolean): void {
    this.dispatchEvent(new CustomEvent<KindToggleDetail>('cl-kind-toggle', { detail: { kind, visible }, bubbles: true, composed: true }));
  }

  private activate(id: string): void {
    this.dispatchEvent(new CustomEvent<FindingActivateDetail>('cl-finding-activate', { detail: { id }, bubbles: true, composed: true }));
  }

  override render() {
    const counts = Object.fromEntries(KINDS.map((k) => [k, this.findings.filter((f) => f.kind === k).length])) as Record<LinkKind, number>;
    const visible = this.findings.filter((f) => !this.hiddenKinds.has(f.kind) && !(this.hideDisputed && this.verdicts.get(f.id) === 'disputed'));
    const disputed = [...this.verdicts.values()].filter((v) => v === 'disputed').length;
    return html`
      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">Findings</h2>
        <fieldset>
          <legend>Show in the text</legend>
          ${KINDS.map((kind) => html`
            <label class="toggle ${kind}">
              <input type="checkbox" .checked=${!this.hiddenKinds.has(kind)} @change=${(e: Event) => this.toggle(kind, (e.target as HTMLInputElement).checked)} />
              <span class="swatch" aria-hidden="true">${KIND_LABEL[kind].glyph}</span>
              ${KIND_LABEL[kind].name}s (${counts[kind]}) <span class="how">${KIND_LABEL[kind].underline}</span>
            </label>`)}
          <label class="toggle">
            <input type="checkbox" .checked=${this.hideDisputed} @change=${(e: Event) => this.dispatchEvent(new CustomEvent<boolean>('cl-hide-disputed', { detail: (e.target as HTMLInputElement).checked, bubbles: true, composed: true }))} />
            Hide findings I disputed (${disputed})
          </label>
        </fieldset>
        ${this.status ? html`<p class="status" role="status">${this.status}</p>` : nothing}
        ${!this.status && visible.length === 0
          ? html`<p class="status">${this.findings.length === 0 ? 'No other outlet in this story reports or disputes a passage of this article.' : 'All kinds are hidden.'}</p>`
          : nothing}
        <ol>
          ${visible.map((f) => html`
            <li>
              <button type="button" class="item ${f.kind} ${f.id === this.activeId ? 'active' : ''}" data-finding=${f.id}
                aria-current=${f.id === this.activeId ? 'true' : 'false'} @click=${() => this.activate(f.id)}>
                <span class="kind"><span aria-hidden="true">${KIND_LABEL[f.kind].glyph}</span> ${KIND_LABEL[f.kind].name}</span>
                <span class="quote">“${trim(f.quote)}”</span>
                <span class="meta">${findingSummary(f)}${this.verdicts.get(f.id) === 'confirmed' ? ' · ✓ confirmed by you' : this.verdicts.get(f.id) === 'disputed' ? ' · ✗ disputed by you' : ''}</span>
              </button>
            </li>`)}
        </ol>
        <p class="hint">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>c</kbd> next contradiction, <kbd>Enter</kbd> open, <kbd>?</kbd> all shortcuts</p>
      </section>
    `;
  }

  static override styles = [
    focusRing,
    css`
      :host { display: block; font-family: var(--cl-sans); font-size: 0.9rem; }
      h2 { font-size: 1rem; margin: 0 0 0.5rem; }
      fieldset { border: 1px solid var(--cl-border); border-radius: 6px; margin: 0 0 0.75rem; padding: 0.4rem 0.6rem; display: grid; gap: 0.2rem; }
      legend { font-weight: 600; padding: 0 0.25rem; }
      .toggle { display: flex; align-items: center; gap: 0.4rem; cursor: pointer; }
      .how { color: var(--cl-muted); font-size: 0.8rem; }
      .swatch { display: inline-grid; place-items: center; width: 1.3rem; height: 1.3rem; border-radius: 4px; font-weight: 700; }
      .shared .swatch, .item.shared .kind { background: var(--cl-hl-shared); }
      .contradiction .swatch, .item.contradiction .kind { background: var(--cl-hl-contradiction); }
      .update .swatch, .item.update .kind { background: var(--cl-hl-update); }
      ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.4rem; }
      .item { all: unset; box-sizing: border-box; display: grid; gap: 0.2rem; width: 100%; padding: 0.5rem 0.6rem; border: 1px solid var(--cl-border);
        border-radius: 6px; background: var(--cl-surface); color: var(--cl-text); cursor: pointer; }
      .item:hover { border-color: var(--cl-accent); }
      .item.active { border: 2px solid var(--cl-accent); }
      .item:focus-visible { outline: 3px solid var(--cl-focus); outline-offset: 2px; }
      .kind { justify-self: start; font-weight: 700; font-size: 0.78rem; padding: 0 0.35rem; border-radius: 3px; }
      .quote { font-family: var(--cl-serif); font-size: 0.95rem; line-height: 1.4; }
      .meta, .status, .hint { color: var(--cl-muted); font-size: 0.82rem; }
      kbd { font-family: var(--cl-sans); border: 1px solid var(--cl-border); border-radius: 3px; padding: 0 0.25rem; background: var(--cl-bg); }
    `,
  ];
}

function trim(s: string, max = 160): string {
  return s.length > max ? s.slice(0, max - 1).trimEnd() + '…' : s;
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-findings-panel': ClFindingsPanel;
  }
  interface HTMLElementEventMap {
    'cl-finding-activate': CustomEvent<FindingActivateDetail>;
    'cl-kind-toggle': CustomEvent<KindToggleDetail>;
    'cl-hide-disputed': CustomEvent<boolean>;
  }
}
