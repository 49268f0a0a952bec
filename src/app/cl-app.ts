import { provide } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../ui/cl-library.ts';
import '../ui/cl-theme-toggle.ts';
import '../ui/cl-update-banner.ts';
import { focusRing } from '../ui/shared-styles.ts';
import type { AnalysisService } from './analysis-client.ts';
import { analysisContext, libraryContext, storageContext } from './contexts.ts';
import type { LibraryService } from './library-service.ts';
import { NOTES_HREF, parseRoute, type Route } from './routes.ts';
import { STORAGE_OPENING, type StorageHandle } from './storage-handle.ts';
import type { UpdateOffer } from './service-worker.ts';
import { loadView, prefetchReader } from './view-modules.ts';

/** The shell: provides shared services, follows the URL hash, and frames the current view. */
@customElement('cl-app')
export class ClApp extends LitElement {
  @provide({ context: libraryContext })
  @property({ attribute: false })
  library?: LibraryService;

  @provide({ context: analysisContext })
  @property({ attribute: false })
  analysis?: AnalysisService;

  @provide({ context: storageContext })
  @property({ attribute: false })
  storage: StorageHandle = STORAGE_OPENING;

  @property({ attribute: false }) updateOffer?: UpdateOffer;
  @state() private route: Route = parseRoute(location.hash);
  /** Why the current view's code could not be loaded, if it could not. */
  @state() private viewProblem: string | null = null;

  private readonly onHashChange = () => {
    const previous = this.route;
    this.route = parseRoute(location.hash);
    if (this.route.name !== previous.name || (this.route.name === 'article' && previous.name === 'article' && this.route.id !== previous.id)) {
      window.scrollTo(0, 0);
      // Move focus to the new view so keyboard and screen-reader users start at its top.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#main')?.focus({ preventScroll: true }));
    }
    if (this.route.name === 'library') document.title = 'Crosslight';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    prefetchReader();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('route')) return;
    const name = this.route.name;
    this.viewProblem = null;
    loadView(name).catch((err: unknown) => {
      if (this.route.name !== name) return;
      this.viewProblem = `This view could not be loaded (${err instanceof Error ? err.message : String(err)}). Check your connection and reload; the library and your notes are unaffected.`;
    });
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  private renderView() {
    if (this.viewProblem) return html`<div class="not-found"><p role="alert">${this.viewProblem}</p><p><a href="#/">Go to the library</a></p></div>`;
    switch (this.route.name) {
      case 'library':
        return html`<cl-library></cl-library>`;
      case 'article':
        return html`<cl-article-view article-id=${this.route.id} .at=${this.route.at}></cl-article-view>`;
      case 'compare':
        return html`<cl-compare-view .a=${this.route.a} .b=${this.route.b}></cl-compare-view>`;
      case 'story':
        return html`<cl-story-matrix story-id=${this.route.id}></cl-story-matrix>`;
      case 'notes':
        return html`<cl-notes-view></cl-notes-view>`;
      case 'not-found':
        return html`<div class="not-found"><h1>Page not found</h1><p>There is nothing at this address. <a href="#/">Go to the library</a>.</p></div>`;
    }
  }

  override render() {
    return html`
      <cl-update-banner .offer=${this.updateOffer}></cl-update-banner>
      <header class="bar">
        <button type="button" class="skip" @click=${this.skipToMain}>Skip to content</button>
        <a class="brand" href="#/"><span aria-hidden="true" class="mark"></span>Crosslight</a>
        <nav aria-label="Views">
          <a href="#/" aria-current=${this.route.name === 'library' ? 'page' : nothing}>Library</a>
          <a href="#/compare" aria-current=${this.route.name === 'compare' ? 'page' : nothing}>Compare</a>
          <a href="#/story" aria-current=${this.route.name === 'story' ? 'page' : nothing}>Stories</a>
          <a href=${NOTES_HREF} aria-current=${this.route.name === 'notes' ? 'page' : nothing}>Notes</a>
        </nav>
        <cl-theme-toggle></cl-theme-toggle>
      </header>
      <main id="main" tabindex="-1">${this.renderView()}</main>
    `;
  }

  /** The hash belongs to the router (and ids do not cross shadow roots), so skipping moves focus itself. */
  private skipToMain(): void {
    this.renderRoot.querySelector<HTMLElement>('#main')?.focus();
  }

  static override styles = [
    focusRing,
    css`
      :host { display: block; min-height: 100vh; }
      .bar { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: 0.6rem 1rem;
        border-bottom: 1px solid var(--cl-border); background: var(--cl-surface); }
      .brand { display: inline-flex; align-items: center; gap: 0.5rem; font-weight: 800; font-size: 1.1rem;
        color: var(--cl-text); text-decoration: none; letter-spacing: 0.01em; }
      .mark { width: 1.1rem; height: 1.1rem; border-radius: 4px; background: linear-gradient(135deg, var(--cl-accent) 55%, #f2b33d 55%); }
      main:focus { outline: none; }
      nav { display: flex; gap: 0.25rem; margin-right: auto; flex-wrap: wrap; }
      nav a { color: var(--cl-text); text-decoration: none; padding: 0.3rem 0.6rem; border-radius: 6px; font-size: 0.95rem; }
      nav a:hover { text-decoration: underline; }
      /* The current view: bold and underlined, so it never relies on colour. */
      nav a[aria-current='page'] { font-weight: 700; text-decoration: underline; text-underline-offset: 0.3em; text-decoration-thickness: 2px; }
      @media print { .bar, .skip, cl-update-banner { display: none; } }
      .skip { position: absolute; left: 0.5rem; top: -3rem; font: inherit; background: var(--cl-surface); color: var(--cl-text); border: 1px solid var(--cl-border); padding: 0.5rem 0.75rem; z-index: 10; }
      .skip:focus { top: 0.5rem; }
      .not-found { max-width: 65ch; margin: 2rem auto; padding: 0 1rem; }
      a { color: var(--cl-accent); }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-app': ClApp;
  }
}
