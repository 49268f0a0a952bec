import { consume } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AnalysisService } from '../app/analysis-client.ts';
import { analysisContext } from '../app/contexts.ts';
import { articleHref, storyHref } from '../app/routes.ts';
import { buildStoryMatrix, sortRows, storySummaries, type CellState, type MatrixColumn, type SortDirection, type StoryMatrix } from '../core/matrix.ts';
import type { AnalysisResult } from '../core/types.ts';
import { formatDate } from './format.ts';
import { focusRing, visuallyHidden } from './shared-styles.ts';

type Load = { status: 'loading'; progress: string } | { status: 'error'; message: string } | { status: 'ready'; result: AnalysisResult };

/** How each state shows itself: a glyph and a word, with colour only as a third cue. */
const CELL_LABEL: Record<CellState, { glyph: string; word: string }> = {
  reported: { glyph: '✓', word: 'reported' },
  contradicted: { glyph: '≠', word: 'contradicts' },
  updated: { glyph: '↻', word: 'updated' },
  silent: { glyph: '—', word: 'silent' },
};
const STATES: CellState[] = ['reported', 'contradicted', 'updated', 'silent'];

/**
 * One story as a table: fact clusters down, outlets (oldest first) across, each cell saying
 * whether that outlet reports, contradicts or updates the fact, or is silent. Without a known
 * story id it lists the stories to pick from.
 */
@customElement('cl-story-matrix')
export class ClStoryMatrix extends LitElement {
  @consume({ context: analysisContext }) analysis?: AnalysisService;
  @property({ attribute: 'story-id' }) storyId = '';

  @state() private load: Load = { status: 'loading', progress: '' };
  @state() private direction: SortDirection = 'descending';
  private matrix: StoryMatrix | null = null;
  private abort?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.load.status !== 'ready') void this.fetch();
  }

  override disconnectedCallback(): void {
    this.abort?.abort();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('storyId') || changed.has('load')) {
      this.matrix = this.load.status === 'ready' ? buildStoryMatrix(this.load.result, this.storyId) : null;
    }
    if (changed.has('storyId') && changed.get('storyId') !== undefined) this.direction = 'descending';
  }

  private async fetch(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    if (!this.analysis) {
      this.load = { status: 'error', message: 'no analysis is available in this view' };
      return;
    }
    this.load = { status: 'loading', progress: '' };
    try {
      const result = await this.analysis.result({
        signal: abort.signal,
        onProgress: (p) => {
          if (this.load.status === 'loading') this.load = { status: 'loading', progress: ` ${Math.round((100 * p.done) / Math.max(1, p.total))}%` };
        },
      });
      if (!abort.signal.aborted) this.load = { status: 'ready', result };
    } catch (err) {
      if (!abort.signal.aborted) this.load = { status: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  }

  private toggleSort(): void {
    this.direction = this.direction === 'descending' ? 'ascending' : 'descending';
  }

  override render() {
    switch (this.load.status) {
      case 'loading':
        return html`<p role="status">Comparing the reports…${this.load.progress}</p>`;
      case 'error':
        return html`<p role="alert" class="error">The story matrix is unavailable: ${this.load.message}.
          <button type="button" @click=${() => this.fetch()}>Try again</button></p>`;
      case 'ready':
        return this.matrix ? this.renderMatrix(this.matrix) : this.renderPicker(this.load.result);
    }
  }

  private renderPicker(result: AnalysisResult) {
    const stories = storySummaries(result);
    return html`
      <a class="back" href="#/">← Library</a>
      <h1>Stories</h1>
      ${this.storyId ? html`<p role="alert" class="error">No story has the id “${this.storyId}”; the library may have changed. Pick one of these instead.</p>` : nothing}
      ${stories.length === 0
        ? html`<p>The library has no articles yet, so there are no stories to compare.</p>`
        : html`
          <p class="muted">Articles the analysis grouped as reports of the same event. Open one to see which outlet reports what.</p>
          <ul class="stories">
            ${stories.map((s) => html`
              <li>
                <a class="story" href=${storyHref(s.id)}>
                  <span class="title">${s.columns[0]?.title ?? s.id}</span>
                  <span class="outlets">${plural(s.columns.length, 'report')}: ${s.columns.map((c, i) => html`${i > 0 ? ' · ' : ''}${c.label} (${formatDate(c.published)})`)}</span>
                </a>
              </li>`)}
          </ul>`}
    `;
  }

  private renderMatrix(m: StoryMatrix) {
    const rows = sortRows(m.rows, this.direction);
    const title = m.columns[0]?.title ?? m.storyId;
    return html`
      <a class="back" href=${storyHref('')}>← All stories</a>
      <h1>${title}</h1>
      <p class="legend"><span class="visually-hidden">Legend: </span>${STATES.map((s) => html`<span class="state ${s}"><span aria-hidden="true">${CELL_LABEL[s].glyph}</span> ${CELL_LABEL[s].word}</span> `)}</p>
      ${rows.length === 0
        ? html`<p>No two outlets in this story report, contradict or update the same fact.</p>`
        : html`
          <div class="scroller" tabindex="0" role="region" aria-labelledby="matrix-caption">
            <table>
              <caption id="matrix-caption">Which of the ${plural(m.columns.length, 'outlet')} in this story report each fact (${plural(rows.length, 'row')})</caption>
              <thead>
                <tr>
                  <th scope="col" class="fact">Fact</th>
                  <th scope="col" class="count" aria-sort=${this.direction}>
                    <button type="button" class="sort" @click=${() => this.toggleSort()}>
                      Reported by <span aria-hidden="true">${this.direction === 'descending' ? '▼' : '▲'}</span>
                      <span class="visually-hidden">, sorted ${this.direction === 'descending' ? 'most first' : 'fewest first'}; activate to reverse</span>
                    </button>
                  </th>
                  ${m.columns.map((c) => html`<th scope="col" class="outlet" data-article=${c.id} title=${c.title}>${c.label}<br /><time datetime=${c.published ?? nothing}>${formatDate(c.published)}</time></th>`)}
                </tr>
              </thead>
              <tbody>
                ${rows.map((r) => html`
                  <tr data-row=${r.id}>
                    <th scope="row" class="fact">
                      ${r.kind === 'fact' ? nothing : html`<span class="tag">${r.kind === 'contradiction' ? 'Contradiction' : 'Update'}:</span> `}${r.summary}
                    </th>
                    <td class="count">${r.reportedCount} of ${m.columns.length}</td>
                    ${r.cells.map((cell, i) => this.renderCell(cell.state, m.columns[i], cell.span))}
                  </tr>`)}
              </tbody>
            </table>
          </div>`}
    `;
  }

  private renderCell(s: CellState, column: MatrixColumn, span?: { start: number; end: number; quote: string }) {
    const label = html`<span aria-hidden="true">${CELL_LABEL[s].glyph}</span> ${CELL_LABEL[s].word}`;
    return html`<td class="cell ${s}" data-state=${s}>
      ${span && s !== 'silent' ? html`<a href=${articleHref(column.id, { start: span.start, end: span.end })} title=${`“${span.quote}”`}>${label}</a>` : label}
    </td>`;
  }

  static override styles = [
    focusRing,
    visuallyHidden,
    css`
      :host { display: block; max-width: 80rem; margin: 0 auto; padding: 1.25rem 1rem 4rem; font-family: var(--cl-sans); color: var(--cl-text); }
      .back { display: inline-block; margin-bottom: 1rem; color: var(--cl-accent); font-weight: 600; }
      h1 { font-family: var(--cl-serif); font-size: clamp(1.4rem, 4vw, 2rem); line-height: 1.25; margin: 0 0 0.5rem; text-wrap: balance; }
      .muted { color: var(--cl-muted); }
      .error { border-left: 4px solid var(--cl-focus); padding-left: 0.75rem; }
      button { font: inherit; }
      .legend { display: flex; flex-wrap: wrap; gap: 0.4rem 0.75rem; margin: 0 0 1rem; font-size: 0.9rem; }
      .state { padding: 0.05rem 0.4rem; border-radius: 4px; }
      .reported { background: var(--cl-hl-shared); }
      .contradicted { background: var(--cl-hl-contradiction); }
      .updated { background: var(--cl-hl-update); }
      .silent { color: var(--cl-muted); }
      .scroller { overflow-x: auto; border: 1px solid var(--cl-border); border-radius: 8px; background: var(--cl-surface); }
      table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
      caption { caption-side: top; text-align: start; padding: 0.6rem 0.75rem; color: var(--cl-muted); }
      th, td { border-top: 1px solid var(--cl-border); padding: 0.45rem 0.6rem; vertical-align: top; text-align: start; }
      thead th { font-weight: 700; background: var(--cl-bg); vertical-align: bottom; }
      th.outlet { min-width: 7rem; }
      th.outlet time { font-weight: 400; color: var(--cl-muted); font-size: 0.8rem; }
      th.fact { min-width: 14rem; max-width: 28rem; font-weight: 400; font-family: var(--cl-serif); line-height: 1.4; }
      thead th.fact { font-family: var(--cl-sans); font-weight: 700; }
      /* The fact stays in view while the outlets scroll sideways on a narrow screen. */
      tbody th.fact { position: sticky; left: 0; background: var(--cl-surface); z-index: 1; }
      .tag { font-family: var(--cl-sans); font-weight: 700; font-size: 0.8rem; }
      .count { white-space: nowrap; }
      .sort { all: unset; cursor: pointer; font-weight: 700; white-space: nowrap; border-radius: 3px; }
      .sort:hover { text-decoration: underline; }
      .sort:focus-visible { outline: 3px solid var(--cl-focus); outline-offset: 2px; }
      td.cell { white-space: nowrap; }
      td.cell a { color: var(--cl-text); text-decoration: underline; text-underline-offset: 2px; }
      td.cell a:hover { text-decoration-thickness: 2px; }
      .stories { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
      .story { display: grid; gap: 0.3rem; padding: 0.8rem 1rem; border: 1px solid var(--cl-border); border-radius: 8px;
        background: var(--cl-surface); color: inherit; text-decoration: none; }
      .story:hover { border-color: var(--cl-accent); }
      .story:hover .title { text-decoration: underline; }
      .story .title { font-family: var(--cl-serif); font-size: 1.15rem; line-height: 1.35; }
      .story .outlets { font-size: 0.85rem; color: var(--cl-muted); }
      @media (max-width: 480px) {
        :host { padding-inline: 0.5rem; }
        th.fact { min-width: 10rem; }
      }
    `,
  ];
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-story-matrix': ClStoryMatrix;
  }
}
