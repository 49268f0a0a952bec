import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { articleHref } from '../app/routes.ts';
import type { FindingReview } from '../core/annotations.ts';
import { findingSummary, type Counterpart, type Finding } from '../core/findings.ts';
import { KIND_LABEL } from './finding-kinds.ts';
import { formatDate } from './format.ts';
import { focusRing } from './shared-styles.ts';

export interface ReviewDetail {
  linkId: string;
  /** null withdraws the reader's verdict. */
  verdict: 'confirmed' | 'disputed' | null;
}

export interface OpenThereDetail {
  article: string;
  start: number;
  end: number;
}

/**
 * The evidence behind one highlight: every other report involved, its passage, and for a
 * conflict the typed explanation with the conflicting parts emphasised in both passages.
 */
@customElement('cl-evidence-card')
export class ClEvidenceCard extends LitElement {
  @property({ attribute: false }) finding?: Finding;
  /** The reader's verdicts, by link id. */
  @property({ attribute: false }) reviews = new Map<string, FindingReview>();
  /** Whether verdicts can be saved (the notes database is open). */
  @property({ type: Boolean }) canReview = false;
  /** Outlet and date of the open article, for "this report" lines. */
  @property({ attribute: false }) own?: { outlet: string | null; published: string | null };

  override firstUpdated(): void {
    this.focus();
  }

  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('cl-card-close', { bubbles: true, composed: true }));
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.close();
    }
  }

  override render() {
    const f = this.finding;
    if (!f) return nothing;
    const label = KIND_LABEL[f.kind];
    return html`
      <div role="dialog" aria-labelledby="card-title" @keydown=${this.onKeyDown}>
        <header>
          <h2 id="card-title" tabindex="-1"><span aria-hidden="true">${label.glyph}</span> ${label.name} · ${findingSummary(f)}</h2>
          <button type="button" class="close" @click=${this.close} aria-label="Close evidence">✕</button>
        </header>
        <p class="own"><span class="tag">This report</span> ${this.own?.outlet ?? 'Outlet unknown'}, ${formatDate(this.own?.published ?? null)}:
          <q>${emphasise(f.quote, ownPart(f))}</q></p>
        <ul>${f.counterparts.map((c) => this.renderCounterpart(f, c))}</ul>
      </div>
    `;
  }

  private renderCounterpart(f: Finding, c: Counterpart) {
    const detail = c.link.detail;
    const theirs = detail ? (c.link.a.article === c.span.article ? detail.a : detail.b) : '';
    return html`<li>
      <p class="who">
        <strong>${c.article.outlet ?? c.article.title}</strong>, ${formatDate(c.article.published)}
        ${c.earlier === true ? html`<span class="tag">earlier report</span>` : c.earlier === false ? html`<span class="tag">later report</span>` : nothing}
      </p>
      <blockquote>${emphasise(c.span.quote, theirs)}</blockquote>
      ${f.kind !== 'shared' ? html`<p class="why"><span class="tag">Why</span> ${c.link.explanation}</p>` : nothing}
      <p class="actions">
        <a href=${articleHref(c.span.article, c.span)} @click=${() => this.openThere(c)}>Open there<span class="visually-hidden"> (${c.article.outlet ?? c.article.title})</span></a>
        ${this.renderReview(c)}
      </p>
    </li>`;
  }

  private renderReview(c: Counterpart) {
    const verdict = this.reviews.get(c.link.id)?.verdict ?? null;
    const who = c.article.outlet ?? c.article.title;
    const toggle = (v: 'confirmed' | 'disputed') =>
      this.dispatchEvent(new CustomEvent<ReviewDetail>('cl-review', { detail: { linkId: c.link.id, verdict: verdict === v ? null : v }, bubbles: true, composed: true }));
    return html`<span class="review" role="group" aria-label="Your verdict on this finding with ${who}">
      <button type="button" aria-pressed=${verdict === 'confirmed' ? 'true' : 'false'} ?disabled=${!this.canReview} @click=${() => toggle('confirmed')}>✓ Confirm</button>
      <button type="button" aria-pressed=${verdict === 'disputed' ? 'true' : 'false'} ?disabled=${!this.canReview} @click=${() => toggle('disputed')}>✗ Dispute</button>
    </span>`;
  }

  private openThere(c: Counterpart): void {
    this.dispatchEvent(new CustomEvent<OpenThereDetail>('cl-open-there', { detail: { article: c.span.article, start: c.span.start, end: c.span.end }, bubbles: true, composed: true }));
  }

  static override styles = [
    focusRing,
    css`
      :host { display: block; font-family: var(--cl-sans); font-size: 0.92rem; }
      div[role='dialog'] { background: var(--cl-surface); color: var(--cl-text); border: 1px solid var(--cl-border); border-radius: 10px;
        box-shadow: 0 10px 30px rgb(0 0 0 / 0.25); padding: 0.9rem 1rem; max-height: min(70vh, 34rem); overflow: auto; }
      header { display: flex; justify-content: space-between; align-items: start; gap: 0.5rem; }
      h2 { font-size: 1rem; margin: 0; }
      h2:focus { outline: none; }
      h2:focus-visible { outline: 3px solid var(--cl-focus); }
      .close { font: inherit; background: none; border: 1px solid var(--cl-border); border-radius: 6px; color: var(--cl-text); cursor: pointer; padding: 0.1rem 0.5rem; }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.9rem; }
      li { border-top: 1px solid var(--cl-border); padding-top: 0.7rem; }
      .who, .why, .own { margin: 0 0 0.35rem; }
      blockquote { margin: 0 0 0.4rem; padding-left: 0.75rem; border-left: 3px solid var(--cl-border); font-family: var(--cl-serif); font-size: 1rem; line-height: 1.45; }
      q { font-family: var(--cl-serif); }
      mark { background: var(--cl-hl-contradiction); color: inherit; font-weight: 700; text-decoration: underline wavy; text-underline-offset: 3px; }
      .tag { display: inline-block; font-size: 0.72rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; color: var(--cl-muted); margin-right: 0.3rem; }
      a { color: var(--cl-accent); font-weight: 600; }
      .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin: 0; }
      .review { display: inline-flex; gap: 0.3rem; }
      .review button { font: inherit; font-size: 0.8rem; padding: 0.1rem 0.5rem; border-radius: 5px; border: 1px solid var(--cl-border); background: var(--cl-bg); color: var(--cl-text); cursor: pointer; }
      .review button[aria-pressed='true'] { background: var(--cl-accent); color: var(--cl-accent-text); border-color: var(--cl-accent); font-weight: 700; }
      .review button:disabled { opacity: 0.55; cursor: default; }
      .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    `,
  ];
}

/** The conflicting part of this article's passage, when the explanation names one. */
function ownPart(f: Finding): string {
  const c = f.counterparts.find((x) => x.link.detail);
  if (!c?.link.detail) return '';
  return c.link.a.article === c.span.article ? c.link.detail.b : c.link.detail.a;
}

/** The quote with the named part emphasised (mark + bold + wavy underline, not colour alone). */
function emphasise(quote: string, part: string) {
  const at = part ? quote.toLowerCase().indexOf(part.toLowerCase()) : -1;
  if (at < 0) return quote;
  return html`${quote.slice(0, at)}<mark>${quote.slice(at, at + part.length)}</mark>${quote.slice(at + part.length)}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-evidence-card': ClEvidenceCard;
  }
  interface HTMLElementEventMap {
    'cl-card-close': CustomEvent<void>;
    'cl-open-there': CustomEvent<OpenThereDetail>;
    'cl-review': CustomEvent<ReviewDetail>;
  }
}
