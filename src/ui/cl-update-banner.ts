import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { UpdateOffer } from '../app/service-worker.ts';
import { focusRing } from './shared-styles.ts';

/** Tells the reader a new version is ready; nothing changes until they choose to reload. */
@customElement('cl-update-banner')
export class ClUpdateBanner extends LitElement {
  @property({ attribute: false }) offer?: UpdateOffer;

  override render() {
    if (!this.offer) return nothing;
    return html`<div role="status">
      <span>A new version of Crosslight is ready. Your notes are kept either way.</span>
      <button type="button" @click=${() => this.offer?.apply()}>Reload to update</button>
      <button type="button" @click=${() => (this.offer = undefined)}>Later</button>
    </div>`;
  }

  static override styles = [
    focusRing,
    css`
      div { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; padding: 0.6rem 1rem;
        background: var(--cl-accent); color: var(--cl-accent-text); font-size: 0.9rem; }
      button { font: inherit; border-radius: 6px; border: 1px solid currentColor; padding: 0.25rem 0.7rem;
        background: transparent; color: inherit; cursor: pointer; }
      button:first-of-type { background: var(--cl-accent-text); color: var(--cl-accent); }
      :focus-visible { outline-color: var(--cl-accent-text); }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-update-banner': ClUpdateBanner;
  }
}
