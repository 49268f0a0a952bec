import { consume } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { libraryContext } from '../app/contexts.ts';
import type { LibraryService } from '../app/library-service.ts';
import { articleHref } from '../app/routes.ts';
import { byPublished } from '../core/corpus/library.ts';
import type { LibraryEntry } from '../core/types.ts';
import { formatDate, formatReading } from './format.ts';
import { focusRing } from './shared-styles.ts';

/** The library as a story timeline: every article, oldest first, each a link into the reader. */
@customElement('cl-library')
export class ClLibrary extends LitElement {
  @consume({ context: libraryContext }) library?: LibraryService;
  @state() private entries?: LibraryEntry[];
  @state() private error?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
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
    return html`
      <header>
        <h1>Library</h1>
        <p class="summary">${plural(this.entries.length, 'article')} from ${plural(outlets, 'outlet')}, in the order they were published.</p>
      </header>
      <ol class="timeline" aria-label="Articles in date order">
        ${this.entries.map((entry) => html`
          <li>
            <time class="date" datetime=${entry.published ?? ''}>${formatDate(entry.published)}</time>
            <a class="card" href=${articleHref(entry.id)}>
              <span class="outlet">${entry.outlet ?? 'Outlet unknown'}</span>
              <span class="title">${entry.title}</span>
              <span class="meta">${formatReading(entry.words)}${entry.author ? html` · ${entry.author}` : ''}</span>
            </a>
          </li>`)}
      </ol>
    `;
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
