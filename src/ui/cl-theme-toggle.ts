import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { focusRing } from './shared-styles.ts';

export type Theme = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'crosslight-theme';
const ORDER: Theme[] = ['system', 'light', 'dark'];
const LABEL: Record<Theme, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };

/** Cycles system → light → dark; the choice is kept on this device. */
@customElement('cl-theme-toggle')
export class ClThemeToggle extends LitElement {
  @state() private theme: Theme = readTheme();

  override connectedCallback(): void {
    super.connectedCallback();
    applyTheme(this.theme);
  }

  private next(): void {
    this.theme = ORDER[(ORDER.indexOf(this.theme) + 1) % ORDER.length];
    applyTheme(this.theme);
    try {
      localStorage.setItem(STORAGE_KEY, this.theme);
    } catch {
      // Storage can be unavailable (private mode); the theme still applies for this visit.
    }
  }

  override render() {
    return html`<button type="button" @click=${this.next} title="Switch between system, light and dark themes">
      <span aria-hidden="true">${this.theme === 'dark' ? '☾' : this.theme === 'light' ? '☀' : '◐'}</span> ${LABEL[this.theme]}
    </button>`;
  }

  static override styles = [
    focusRing,
    css`
      button {
        font: inherit; font-size: 0.875rem; color: var(--cl-text); background: var(--cl-surface);
        border: 1px solid var(--cl-border); border-radius: 6px; padding: 0.35rem 0.7rem; cursor: pointer;
      }
      button:hover { border-color: var(--cl-accent); }
    `,
  ];
}

function readTheme(): Theme {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return ORDER.includes(saved as Theme) ? (saved as Theme) : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-theme-toggle': ClThemeToggle;
  }
}
