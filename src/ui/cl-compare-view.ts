import { consume } from '@lit/context';
import { LitElement, css, html, nothing, render, svg, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { AnalysisService } from '../app/analysis-client.ts';
import { analysisContext, libraryContext } from '../app/contexts.ts';
import type { LibraryService } from '../app/library-service.ts';
import { byPublished } from '../core/corpus/library.ts';
import type { AnalysisResult, Article, LibraryEntry, LinkKind } from '../core/types.ts';
import { clampToView, connectorPath, mapThroughLinks, type Anchor, type Side } from './compare-geometry.ts';
import { compareHref } from '../app/routes.ts';
import { pairsBetween, type ComparePair } from './compare-pairs.ts';
import { KIND_LABEL, KINDS } from './finding-kinds.ts';
import { formatDate } from './format.ts';
import { clearOwner, paint } from './highlight-painter.ts';
import { renderMarkdown } from './markdown.ts';
import { focusRing, visuallyHidden } from './shared-styles.ts';
import { TextMap } from './text-map.ts';

type Pane = { status: 'ready'; article: Article; body: DocumentFragment } | { status: 'missing'; id: string };
type Articles = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; left: Pane; right: Pane };
type Analysis = { status: 'loading'; progress: string } | { status: 'error'; message: string } | { status: 'ready'; result: AnalysisResult };

const SIDES: Side[] = ['left', 'right'];
/** Where in a column's viewport linked passages are lined up (a third from the top). */
const READING_LINE = 1 / 3;

/**
 * Two articles side by side (stacked when narrow), their links painted in both texts, drawn as
 * curves across the gutter and listed below for keyboard and screen-reader users. Scrolling one
 * column can scroll the other so that linked passages stay level.
 */
@customElement('cl-compare-view')
export class ClCompareView extends LitElement {
  @consume({ context: libraryContext }) library?: LibraryService;
  @consume({ context: analysisContext }) analysis?: AnalysisService;
  /** Article ids of the left and right column. */
  @property() a = '';
  @property() b = '';

  @state() private entries: LibraryEntry[] = [];
  @state() private articles: Articles = { status: 'loading' };
  @state() private analysisState: Analysis = { status: 'loading', progress: '' };
  @state() private follow = true;
  @state() private activeId: string | null = null;
  @state() private announcement = '';

  @query('.pane[data-side="left"]') private leftPane?: HTMLElement;
  @query('.pane[data-side="right"]') private rightPane?: HTMLElement;
  @query('.gutter') private gutter?: HTMLElement;
  @query('.gutter svg') private svgEl?: SVGSVGElement;

  private pairs: ComparePair[] = [];
  private maps: Partial<Record<Side, TextMap>> = {};
  /** Passage positions in each column's scroll content; cleared when the layout changes. */
  private anchorCache?: Array<Anchor & { id: string }>;
  /** scrollTop values this view set itself, so their scroll events do not echo back. */
  private expected = new Map<Element, number>();
  private frame = 0;
  private loadAbort?: AbortController;
  private analysisAbort?: AbortController;
  private resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => this.layoutChanged());
    this.resizeObserver.observe(this);
    window.addEventListener('resize', this.onResize);
    void this.loadEntries();
    if (this.analysisState.status !== 'ready') void this.loadAnalysis();
  }

  override disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    window.removeEventListener('resize', this.onResize);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.loadAbort?.abort();
    this.analysisAbort?.abort();
    clearOwner(this);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('a') || changed.has('b')) void this.loadArticles(this.a, this.b);
    if (changed.has('a') || changed.has('b') || changed.has('analysisState')) {
      this.pairs = this.analysisState.status === 'ready' ? pairsBetween(this.analysisState.result, this.a, this.b) : [];
      if (!this.pairs.some((p) => p.id === this.activeId)) this.activeId = null;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('articles')) {
      const v = this.articles;
      this.maps = {};
      if (v.status === 'ready') {
        for (const side of SIDES) {
          const pane = v[side];
          const body = this.pane(side)?.querySelector('.body');
          if (pane.status === 'ready' && body) this.maps[side] = TextMap.build(body, pane.article.text);
        }
      }
      this.anchorCache = undefined;
    }
    if (changed.has('articles') || changed.has('analysisState') || changed.has('a') || changed.has('b') || changed.has('activeId')) {
      this.paintHighlights();
      this.anchorCache = undefined;
      this.scheduleDraw();
    }
  }

  // ---- data -------------------------------------------------------------------------------

  private async loadEntries(): Promise<void> {
    try {
      this.entries = [...((await this.library?.list()) ?? [])].sort(byPublished);
    } catch {
      this.entries = []; // the article load reports the failure
    }
  }

  private async loadArticles(a: string, b: string): Promise<void> {
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    this.articles = { status: 'loading' };
    clearOwner(this);
    try {
      if (!this.library) throw new Error('no library is available in this view');
      const [left, right] = await Promise.all([a, b].map((id) => (id ? this.library!.article(id) : Promise.resolve(null))));
      if (abort.signal.aborted) return;
      const pane = (article: Article | null, id: string): Pane => (article ? { status: 'ready', article, body: renderMarkdown(article.markdown) } : { status: 'missing', id });
      this.articles = { status: 'ready', left: pane(left, a), right: pane(right, b) };
      if (left && right) document.title = `${label(left)} vs ${label(right)} · Crosslight`;
    } catch (err) {
      if (!abort.signal.aborted) this.articles = { status: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  }

  private async loadAnalysis(): Promise<void> {
    this.analysisAbort?.abort();
    const abort = (this.analysisAbort = new AbortController());
    if (!this.analysis) {
      this.analysisState = { status: 'error', message: 'no analysis is available in this view' };
      return;
    }
    this.analysisState = { status: 'loading', progress: '' };
    try {
      const result = await this.analysis.result({
        signal: abort.signal,
        onProgress: (p) => {
          if (this.analysisState.status === 'loading') this.analysisState = { status: 'loading', progress: ` ${Math.round((100 * p.done) / Math.max(1, p.total))}%` };
        },
      });
      if (!abort.signal.aborted) this.analysisState = { status: 'ready', result };
    } catch (err) {
      if (!abort.signal.aborted) this.analysisState = { status: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  }

  // ---- navigation -------------------------------------------------------------------------

  private choose(a: string, b: string): void {
    location.hash = compareHref(a, b);
    // The shell sets a/b from the route as well; setting them here keeps the view usable alone.
    this.a = a;
    this.b = b;
  }

  /** Scrolls both columns so the pair lines up on the reading line, and marks it. */
  showPair(id: string): void {
    const index = this.pairs.findIndex((p) => p.id === id);
    const anchor = this.anchors().find((x) => x.id === id);
    if (index < 0) return;
    this.activeId = id;
    this.announcement = `Showing connection ${index + 1} of ${this.pairs.length}.`;
    if (!anchor) return;
    for (const side of SIDES) {
      const pane = this.pane(side);
      if (pane) this.scrollPane(pane, anchor[side] - pane.clientHeight * READING_LINE);
    }
    this.scheduleDraw();
  }

  // ---- scrolling and drawing --------------------------------------------------------------

  private pane(side: Side): HTMLElement | undefined {
    return side === 'left' ? this.leftPane : this.rightPane;
  }

  private scrollPane(pane: HTMLElement, top: number): void {
    const before = pane.scrollTop;
    pane.scrollTop = Math.max(0, top);
    if (Math.abs(pane.scrollTop - before) >= 1) this.expected.set(pane, pane.scrollTop);
  }

  private onScroll(side: Side): void {
    this.scheduleDraw();
    const from = this.pane(side);
    if (!from) return;
    const expected = this.expected.get(from);
    if (expected !== undefined) {
      this.expected.delete(from);
      if (Math.abs(from.scrollTop - expected) < 2) return; // our own scroll, not the reader's
    }
    if (!this.follow) return;
    const to = this.pane(side === 'left' ? 'right' : 'left');
    const anchors = this.anchors();
    if (!to || anchors.length === 0) return;
    const line = mapThroughLinks(anchors, side, from.scrollTop + from.clientHeight * READING_LINE);
    this.scrollPane(to, line - to.clientHeight * READING_LINE);
  }

  private onResize = (): void => this.layoutChanged();

  private layoutChanged(): void {
    this.anchorCache = undefined;
    this.scheduleDraw();
  }

  /** Each pair's passage tops in the scroll content of both columns (pairs that cannot be placed are left out). */
  private anchors(): Array<Anchor & { id: string }> {
    if (this.anchorCache) return this.anchorCache;
    const left = this.leftPane;
    const right = this.rightPane;
    const out: Array<Anchor & { id: string }> = [];
    if (left && right && this.maps.left && this.maps.right) {
      const lt = left.getBoundingClientRect().top - left.scrollTop;
      const rt = right.getBoundingClientRect().top - right.scrollTop;
      for (const p of this.pairs) {
        const l = firstRect(this.maps.left.range(p.left.start, p.left.end));
        const r = firstRect(this.maps.right.range(p.right.start, p.right.end));
        if (l && r) out.push({ id: p.id, left: l.top - lt - left.clientTop, right: r.top - rt - right.clientTop });
      }
    }
    return (this.anchorCache = out);
  }

  private scheduleDraw(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawConnectors();
    });
  }

  /** Draws one curve per pair across the gutter, from the passage's first line on each side. */
  drawConnectors(): void {
    const svgEl = this.svgEl;
    const gutter = this.gutter;
    if (!svgEl || !gutter) return;
    const box = gutter.getBoundingClientRect();
    const width = box.width;
    const height = box.height;
    const curves: Array<{ pair: ComparePair; d: string; visible: boolean }> = [];
    if (width > 0 && this.maps.left && this.maps.right) {
      for (const pair of this.pairs) {
        const l = firstRect(this.maps.left.range(pair.left.start, pair.left.end));
        const r = firstRect(this.maps.right.range(pair.right.start, pair.right.end));
        if (!l || !r) continue;
        const y0 = clampToView(l.top + l.height / 2 - box.top, height);
        const y1 = clampToView(r.top + r.height / 2 - box.top, height);
        curves.push({ pair, d: connectorPath(0, y0.y, width, y1.y), visible: y0.visible || y1.visible });
      }
    }
    svgEl.setAttribute('viewBox', `0 0 ${Math.max(1, width)} ${Math.max(1, height)}`);
    render(
      svg`${curves.map(({ pair, d, visible }) => svg`<path class="connector ${pair.kind} ${pair.id === this.activeId ? 'active' : ''} ${visible ? '' : 'offscreen'}" data-link=${pair.id} d=${d}></path>`)}`,
      svgEl,
    );
  }

  private paintHighlights(): void {
    const { left, right } = this.maps;
    const ranges = (kind: LinkKind | null) =>
      this.pairs
        .filter((p) => (kind ? p.kind === kind : p.id === this.activeId))
        .flatMap((p) => [left?.range(p.left.start, p.left.end) ?? null, right?.range(p.right.start, p.right.end) ?? null])
        .filter((r): r is Range => r !== null);
    for (const kind of KINDS) paint(this, `cl-${kind}`, ranges(kind));
    paint(this, 'cl-active', ranges(null));
  }

  // ---- rendering --------------------------------------------------------------------------

  override render() {
    return html`
      <a class="back" href="#/">← Library</a>
      <h1>Compare two reports</h1>
      ${this.renderControls()}
      ${this.renderColumns()}
      ${this.renderList()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  private renderControls() {
    const picker = (side: Side, value: string, other: string) => {
      const known = this.entries.some((e) => e.id === value);
      return html`
        <div class="picker">
          <label for="pick-${side}">${side === 'left' ? 'Left article' : 'Right article'}</label>
          <select id="pick-${side}" @change=${(e: Event) => {
            const id = (e.target as HTMLSelectElement).value;
            if (side === 'left') this.choose(id, other);
            else this.choose(other, id);
          }}>
            ${known ? nothing : html`<option value="" disabled selected>Choose an article</option>`}
            ${this.entries.map((e) => html`<option value=${e.id} ?selected=${e.id === value}>${e.outlet ?? 'Outlet unknown'} · ${formatDate(e.published)} · ${e.title}</option>`)}
          </select>
        </div>`;
    };
    return html`
      <div class="controls">
        ${picker('left', this.a, this.b)}
        <button type="button" class="swap" @click=${() => this.choose(this.b, this.a)} ?disabled=${!this.a && !this.b}>
          <span aria-hidden="true">⇄</span> Swap
        </button>
        ${picker('right', this.b, this.a)}
        <label class="follow">
          <input type="checkbox" .checked=${this.follow} @change=${(e: Event) => (this.follow = (e.target as HTMLInputElement).checked)} />
          Follow scrolling
        </label>
      </div>
      <p class="legend">
        <span class="visually-hidden">Legend: </span>
        ${KINDS.map((k) => html`<span class="key"><span class="glyph ${k}" aria-hidden="true">${KIND_LABEL[k].glyph}</span> ${KIND_LABEL[k].name} <span class="sample ${k}">${KIND_LABEL[k].underline}</span></span>`)}
      </p>
    `;
  }

  private renderColumns() {
    const v = this.articles;
    if (v.status === 'loading') return html`<p role="status">Loading the articles…</p>`;
    if (v.status === 'error') {
      return html`<p role="alert" class="error">The articles could not be loaded: ${v.message}.
        <button type="button" @click=${() => this.loadArticles(this.a, this.b)}>Try again</button></p>`;
    }
    return html`
      <div class="columns">
        ${this.renderPane('left', v.left)}
        <div class="gutter" aria-hidden="true"><svg xmlns="http://www.w3.org/2000/svg" focusable="false"></svg></div>
        ${this.renderPane('right', v.right)}
      </div>
    `;
  }

  private renderPane(side: Side, pane: Pane) {
    if (pane.status === 'missing') {
      return html`<section class="pane missing" data-side=${side} aria-label=${side === 'left' ? 'Left column' : 'Right column'}>
        <p>${pane.id ? html`No article in this library has the id “${pane.id}”.` : 'No article chosen.'} Pick one with the ${side} article menu above.</p>
      </section>`;
    }
    const { article, body } = pane;
    return html`
      <section class="pane" data-side=${side} tabindex="0" aria-labelledby="title-${side}" @scroll=${() => this.onScroll(side)}>
        <header>
          <p class="outlet">${article.outlet ?? 'Outlet unknown'}</p>
          <h2 id="title-${side}">${article.title}</h2>
          <p class="date"><time datetime=${article.published ?? nothing}>${formatDate(article.published)}</time></p>
        </header>
        <div class="body" lang="en">${body}</div>
      </section>
    `;
  }

  private renderList() {
    const a = this.analysisState;
    const v = this.articles;
    const names = v.status === 'ready' ? { left: paneName(v.left), right: paneName(v.right) } : { left: 'Left', right: 'Right' };
    let content;
    if (a.status === 'loading') content = html`<p role="status">Finding the connections…${a.progress}</p>`;
    else if (a.status === 'error') {
      content = html`<p role="alert" class="error">The connections are unavailable: ${a.message}. The articles themselves are unaffected.
        <button type="button" @click=${() => this.loadAnalysis()}>Try again</button></p>`;
    } else if (this.a && this.a === this.b) content = html`<p class="empty">Both columns show the same article. Pick another one to compare.</p>`;
    else if (this.pairs.length === 0) {
      content = html`<p class="empty">No links between these articles: the analysis found no passage that they share, contradict or update.</p>`;
    } else {
      content = html`
        <ol class="links">
          ${this.pairs.map((p, i) => html`
            <li class="link ${p.kind} ${p.id === this.activeId ? 'active' : ''}" data-link=${p.id}>
              <p class="kind"><span aria-hidden="true">${KIND_LABEL[p.kind].glyph}</span> ${KIND_LABEL[p.kind].name}${p.kind !== 'shared' && p.explanation ? html`<span class="why">: ${p.explanation}</span>` : nothing}</p>
              <p class="quote"><span class="who">${names.left}:</span> “${p.left.quote}”</p>
              <p class="quote"><span class="who">${names.right}:</span> “${p.right.quote}”</p>
              <button type="button" class="show" @click=${() => this.showPair(p.id)}>Show<span class="visually-hidden"> connection ${i + 1} in both columns</span></button>
            </li>`)}
        </ol>`;
    }
    return html`
      <section class="list" aria-labelledby="links-heading">
        <h2 id="links-heading">Connections${a.status === 'ready' ? ` (${this.pairs.length})` : ''}</h2>
        ${content}
      </section>
    `;
  }

  static override styles = [
    focusRing,
    visuallyHidden,
    css`
      :host { display: block; container-type: inline-size; padding: 1rem 1rem 4rem; font-family: var(--cl-sans); color: var(--cl-text); }
      .back { display: inline-block; margin-bottom: 0.75rem; color: var(--cl-accent); font-weight: 600; }
      h1 { font-family: var(--cl-serif); font-size: clamp(1.4rem, 4vw, 1.9rem); margin: 0 0 0.75rem; }
      button { font: inherit; }
      .error { border-left: 4px solid var(--cl-focus); padding-left: 0.75rem; }

      .controls { display: flex; flex-wrap: wrap; align-items: end; gap: 0.6rem 1rem; margin-bottom: 0.5rem; }
      .picker { display: grid; gap: 0.2rem; flex: 1 1 14rem; min-width: 0; }
      .picker label { font-size: 0.85rem; font-weight: 600; }
      select { font: inherit; width: 100%; min-width: 0; padding: 0.35rem; border: 1px solid var(--cl-border); border-radius: 6px;
        background: var(--cl-surface); color: var(--cl-text); }
      .swap { padding: 0.35rem 0.7rem; border: 1px solid var(--cl-border); border-radius: 6px; background: var(--cl-surface); color: var(--cl-text); cursor: pointer; }
      .swap:hover { border-color: var(--cl-accent); }
      .follow { display: flex; align-items: center; gap: 0.4rem; padding: 0.35rem 0; cursor: pointer; }
      .legend { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; margin: 0 0 0.75rem; font-size: 0.85rem; color: var(--cl-muted); }
      .key { color: var(--cl-text); }
      .glyph { display: inline-grid; place-items: center; width: 1.3rem; height: 1.3rem; border-radius: 4px; font-weight: 700; }
      .glyph.shared { background: var(--cl-hl-shared); }
      .glyph.contradiction { background: var(--cl-hl-contradiction); }
      .glyph.update { background: var(--cl-hl-update); }
      .sample { color: var(--cl-muted); text-underline-offset: 3px; }
      .sample.shared { text-decoration: underline solid var(--cl-accent) 1.5px; }
      .sample.contradiction { text-decoration: underline wavy currentColor 1.5px; }
      .sample.update { text-decoration: underline dashed currentColor 2px; }

      .columns { display: grid; grid-template-columns: minmax(0, 1fr) 3.5rem minmax(0, 1fr); }
      .pane { height: min(75vh, 56rem); overflow-y: auto; overscroll-behavior: contain; padding: 0 1rem; border: 1px solid var(--cl-border);
        border-radius: 8px; background: var(--cl-surface); font-family: var(--cl-serif); line-height: 1.6; font-size: 1.0625rem; }
      .pane.missing { font-family: var(--cl-sans); display: grid; place-items: center; text-align: center; color: var(--cl-muted); }
      .pane header { position: sticky; top: 0; background: var(--cl-surface); border-bottom: 1px solid var(--cl-border); padding: 0.6rem 0 0.4rem; margin-bottom: 0.75rem; }
      .outlet { font-family: var(--cl-sans); font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: var(--cl-accent); margin: 0; }
      .pane h2 { font-size: 1.15rem; line-height: 1.3; margin: 0.2rem 0; }
      .date { font-family: var(--cl-sans); font-size: 0.8rem; color: var(--cl-muted); margin: 0; }
      .body :where(p) { margin: 0 0 1em; }
      .body :where(h2, h3) { font-size: 1.1rem; }
      .body :where(blockquote) { margin: 1em 0; padding-left: 0.8em; border-left: 3px solid var(--cl-border); color: var(--cl-muted); }
      .body a { color: var(--cl-accent); }
      ::highlight(cl-shared) { background-color: var(--cl-hl-shared); text-decoration: underline solid var(--cl-accent) 1.5px; }
      ::highlight(cl-contradiction) { background-color: var(--cl-hl-contradiction); text-decoration: underline wavy currentColor 1.5px; }
      ::highlight(cl-update) { background-color: var(--cl-hl-update); text-decoration: underline dashed currentColor 2px; }
      ::highlight(cl-active) { background-color: var(--cl-hl-active); }

      .gutter { position: relative; overflow: hidden; }
      .gutter svg { position: absolute; inset: 0; width: 100%; height: 100%; overflow: hidden; }
      .connector { fill: none; stroke-width: 1.75; stroke-linecap: round; opacity: 0.85; }
      .connector.shared { stroke: var(--cl-accent); }
      .connector.contradiction { stroke: var(--cl-focus); stroke-dasharray: 1 4; stroke-width: 2.5; }
      .connector.update { stroke: var(--cl-text); stroke-dasharray: 7 4; }
      .connector.offscreen { opacity: 0.3; }
      .connector.active { stroke-width: 3.5; opacity: 1; }

      .list { margin-top: 1.5rem; max-width: 60rem; }
      .list h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
      .empty { color: var(--cl-muted); }
      .links { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
      .link { border: 1px solid var(--cl-border); border-radius: 6px; padding: 0.5rem 0.7rem; background: var(--cl-surface); display: grid; gap: 0.25rem; }
      .link.active { border: 2px solid var(--cl-accent); }
      .link p { margin: 0; }
      .kind { font-weight: 700; font-size: 0.85rem; }
      .why { font-weight: 400; color: var(--cl-muted); }
      .quote { font-family: var(--cl-serif); line-height: 1.45; overflow-wrap: anywhere; }
      .who { font-family: var(--cl-sans); font-size: 0.8rem; font-weight: 700; color: var(--cl-muted); }
      .show { justify-self: start; padding: 0.25rem 0.8rem; border: 1px solid var(--cl-accent); border-radius: 6px; background: var(--cl-accent);
        color: var(--cl-accent-text); cursor: pointer; font-weight: 600; }

      /* Narrow: one column above the other; the list carries the connections instead of curves. */
      @container (max-width: 40rem) {
        .columns { grid-template-columns: minmax(0, 1fr); gap: 0.75rem; }
        .gutter { display: none; }
        .pane { height: 55vh; padding: 0 0.75rem; font-size: 1rem; }
        .swap { order: 1; }
      }
    `,
  ];
}

function firstRect(range: Range | null): DOMRect | null {
  if (!range) return null;
  const rects = range.getClientRects();
  return rects.length > 0 ? rects[0] : range.getBoundingClientRect();
}

function label(article: Article): string {
  return article.outlet ?? article.title;
}

function paneName(pane: Pane): string {
  return pane.status === 'ready' ? label(pane.article) : 'Missing article';
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-compare-view': ClCompareView;
  }
}
