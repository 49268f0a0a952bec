import { consume } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { libraryContext } from '../app/contexts.ts';
import type { LibraryService } from '../app/library-service.ts';
import type { Article } from '../core/types.ts';
import { formatDate, formatReading } from './format.ts';
import { renderMarkdown } from './markdown.ts';
import { focusRing } from './shared-styles.ts';

type LoadState = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready'; article: Article; body: DocumentFragment };

/** The reader: one article, rendered from its Markdown and sanitised, in readable typography. */
@customElement('cl-article-view')
export class ClArticleView extends LitElement {
  @consume({ context: libraryContext }) library?: LibraryService;
  @property({ attribute: 'article-id' }) articleId = '';
  @state() private view: LoadState = { status: 'loading' };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('articleId')) void this.load(this.articleId);
  }

  private async load(id: string): Promise<void> {
    this.view = { status: 'loading' };
    try {
      const article = await this.library?.article(id);
      if (id !== this.articleId) return; // a newer navigation won the race
      this.view = article ? { status: 'ready', article, body: renderMarkdown(article.markdown) } : { status: 'missing' };
      if (article) document.title = `${article.title} · Crosslight`;
    } catch (err) {
      this.view = { status: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  }

  override render() {
    return html`<div class="column">${this.renderState()}</div>`;
  }

  private renderState() {
    const back = html`<a class="back" href="#/">← Library</a>`;
    switch (this.view.status) {
      case 'loading':
        return html`${back}<p aria-live="polite">Loading the article…</p>`;
      case 'missing':
        return html`${back}<h1>Article not found</h1><p>No article in this library has the id “${this.articleId}”. It may have been removed; go back to the library to pick another.</p>`;
      case 'error':
        return html`${back}<p role="alert">The article could not be loaded: ${this.view.message}.</p>`;
      case 'ready': {
        const { article, body } = this.view;
        return html`
          ${back}
          <article lang="en">
            <header>
              <p class="outlet">${article.outlet ?? 'Outlet unknown'}</p>
              <h1>${article.title}</h1>
              <p class="byline">
                <time datetime=${article.published ?? nothing}>${formatDate(article.published)}</time>
                ${article.author ? html` · <span>${article.author}</span>` : nothing}
                · <span>${formatReading(article.words)}</span>
                ${article.url && isWebUrl(article.url) ? html` · <a href=${article.url} rel="noopener noreferrer nofollow" target="_blank">Original</a>` : nothing}
              </p>
            </header>
            <div class="body">${body}</div>
          </article>`;
      }
    }
  }

  static override styles = [
    focusRing,
    css`
      :host { display: block; padding: 1.25rem 1rem 5rem; }
      /* One column measured in the article's own font size, so the back link lines up with the text. */
      .column { max-width: 65ch; margin: 0 auto; font-size: 1.1875rem; }
      .back { display: inline-block; margin-bottom: 1rem; color: var(--cl-accent); font-weight: 600; font-size: 1rem; }
      article { font-family: var(--cl-serif); line-height: 1.65; }
      header { margin-bottom: 2rem; border-bottom: 1px solid var(--cl-border); padding-bottom: 1rem; }
      .outlet { font-family: var(--cl-sans); font-size: 0.85rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: var(--cl-accent); margin: 0; }
      h1 { font-size: clamp(1.6rem, 4vw, 2.3rem); line-height: 1.2; margin: 0.4rem 0 0.75rem; text-wrap: balance; }
      .byline { font-family: var(--cl-sans); font-size: 0.9rem; color: var(--cl-muted); margin: 0; }
      .body :where(p) { margin: 0 0 1.1em; hyphens: auto; }
      .body :where(h2, h3) { font-size: 1.25rem; margin: 2em 0 0.5em; }
      .body :where(blockquote) { margin: 1.2em 0; padding-left: 1em; border-left: 3px solid var(--cl-border); color: var(--cl-muted); }
      a { color: var(--cl-accent); }
      @media (max-width: 480px) { .column { font-size: 1.0625rem; } }
    `,
  ];
}

/** Front matter is data from a file: only web links become links. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-article-view': ClArticleView;
  }
}
