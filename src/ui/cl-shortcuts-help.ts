import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { focusRing } from './shared-styles.ts';

export const SHORTCUTS: [string, string][] = [
  ['j', 'Next finding'],
  ['k', 'Previous finding'],
  ['c', 'Next contradiction'],
  ['Enter', 'Open the evidence card of the current finding'],
  ['Esc', 'Close the card or this help'],
  ['?', 'Show this help'],
];

/** The keyboard shortcuts, in a modal dialog (the browser traps focus and closes it on Esc). */
@customElement('cl-shortcuts-help')
export class ClShortcutsHelp extends LitElement {
  open(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  get isOpen(): boolean {
    return this.renderRoot.querySelector('dialog')?.open ?? false;
  }

  override render() {
    return html`<dialog aria-labelledby="help-title">
      <h2 id="help-title">Keyboard shortcuts</h2>
      <dl>${SHORTCUTS.map(([key, what]) => html`<div><dt><kbd>${key}</kbd></dt><dd>${what}</dd></div>`)}</dl>
      <button type="button" @click=${() => this.renderRoot.querySelector('dialog')?.close()}>Close</button>
    </dialog>`;
  }

  static override styles = [
    focusRing,
    css`
      dialog { border: 1px solid var(--cl-border); border-radius: 10px; background: var(--cl-surface); color: var(--cl-text); font-family: var(--cl-sans); max-width: 26rem; }
      dialog::backdrop { background: rgb(0 0 0 / 0.4); }
      h2 { margin-top: 0; font-size: 1.1rem; }
      dl { display: grid; gap: 0.4rem; margin: 0 0 1rem; }
      dl div { display: grid; grid-template-columns: 4.5rem 1fr; gap: 0.5rem; }
      dt, dd { margin: 0; }
      kbd { border: 1px solid var(--cl-border); border-radius: 4px; padding: 0 0.35rem; background: var(--cl-bg); }
      button { font: inherit; padding: 0.3rem 0.9rem; border-radius: 6px; border: 1px solid var(--cl-border); background: var(--cl-bg); color: var(--cl-text); cursor: pointer; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-shortcuts-help': ClShortcutsHelp;
  }
}
