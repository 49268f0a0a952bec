import { byPublished } from './corpus/library.ts';
import type { AnalysisResult, ArticleRef, Link, LinkKind, Span } from './types.ts';

/**
 * The story matrix: which outlet reports, contradicts or updates which fact. Pure data, so the
 * table view is a thin renderer and the rules are tested in Node.
 */
export type CellState = 'reported' | 'contradicted' | 'updated' | 'silent';

export interface MatrixColumn {
  /** The article id. */
  id: string;
  /** Header text: the outlet, or the title when the outlet is unknown. */
  label: string;
  title: string;
  outlet: string | null;
  published: string | null;
}

export interface MatrixCell {
  state: CellState;
  /** The article's passage behind the state; absent when silent. */
  span?: Span;
}

export interface MatrixRow {
  /** The fact id, or the link id for a conflict that belongs to no fact. */
  id: string;
  /** `fact` rows come from clusters; the others from one contradiction/update link each. */
  kind: 'fact' | Exclude<LinkKind, 'shared'>;
  summary: string;
  /** One per column, in column order. */
  cells: MatrixCell[];
  /** Cells that are `reported`: the sort key. */
  reportedCount: number;
}

export interface StoryMatrix {
  storyId: string;
  /** The story's articles, oldest first (undated last). */
  columns: MatrixColumn[];
  /** In the default order: most reported first, ties in the analysis's order. */
  rows: MatrixRow[];
}

export type SortDirection = 'ascending' | 'descending';

/** Strongest first: a cell shows the first state that applies. */
const PRIORITY: Record<CellState, number> = { reported: 0, contradicted: 1, updated: 2, silent: 3 };
const CONFLICT_STATE: Record<Exclude<LinkKind, 'shared'>, CellState> = { contradiction: 'contradicted', update: 'updated' };

/**
 * Builds the matrix of one story, or null when no story has that id.
 *
 * Rows: every fact cluster of the story, then every contradiction/update link that touches no
 * fact. A conflict "touches" a fact when one of its passages overlaps a passage of the fact's
 * links in the same article; it then shows in that fact's row (not in a row of its own).
 * A cell is `reported` when the article has a passage in the fact's links, else
 * `contradicted`/`updated` when the article is a side of a conflict of that row, else `silent`.
 */
export function buildStoryMatrix(result: AnalysisResult, storyId: string): StoryMatrix | null {
  const story = result.stories.find((s) => s.id === storyId);
  if (!story) return null;
  const members = new Set(story.articles);
  const refs = new Map(result.articles.map((a) => [a.id, a]));
  const columns: MatrixColumn[] = story.articles
    .map((id): ArticleRef => refs.get(id) ?? { id, title: id, outlet: null, published: null })
    .sort(byPublished)
    .map((a) => ({ id: a.id, label: a.outlet ?? shortTitle(a.title), title: a.title, outlet: a.outlet, published: a.published }));
  const column = new Map(columns.map((c, i) => [c.id, i]));

  const inStory = (l: Link) => members.has(l.a.article) && members.has(l.b.article);
  const conflicts = result.links
    .filter((l): l is Link & { kind: Exclude<LinkKind, 'shared'> } => l.kind !== 'shared')
    .filter(inStory);
  const attached = new Set<Link>();
  const rows: MatrixRow[] = [];

  for (const fact of result.facts) {
    const links = fact.links.map((i) => result.links[i]).filter((l): l is Link => l !== undefined && inStory(l));
    if (links.length === 0) continue;
    const cells: MatrixCell[] = columns.map(() => ({ state: 'silent' }));
    const passages = links.flatMap((l) => [l.a, l.b]);
    for (const span of passages) set(cells, column.get(span.article), 'reported', span);
    for (const conflict of conflicts) {
      const touches = [conflict.a, conflict.b].some((s) => passages.some((p) => overlaps(p, s)));
      if (!touches) continue;
      attached.add(conflict);
      for (const span of [conflict.a, conflict.b]) set(cells, column.get(span.article), CONFLICT_STATE[conflict.kind], span);
    }
    rows.push(row(fact.id, 'fact', fact.summary, cells));
  }

  for (const conflict of conflicts) {
    if (attached.has(conflict)) continue;
    const cells: MatrixCell[] = columns.map(() => ({ state: 'silent' }));
    for (const span of [conflict.a, conflict.b]) set(cells, column.get(span.article), CONFLICT_STATE[conflict.kind], span);
    rows.push(row(conflict.id, conflict.kind, conflict.explanation || conflict.a.quote, cells));
  }

  return { storyId, columns, rows: sortRows(rows, 'descending') };
}

/** Rows by how many outlets report them; ties keep their given order (the sort is stable). */
export function sortRows(rows: readonly MatrixRow[], direction: SortDirection): MatrixRow[] {
  const sign = direction === 'descending' ? -1 : 1;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => sign * (x.r.reportedCount - y.r.reportedCount) || x.i - y.i)
    .map(({ r }) => r);
}

/** Stories for a picker: each with its columns (outlets in date order). */
export function storySummaries(result: AnalysisResult): Array<{ id: string; columns: MatrixColumn[] }> {
  return result.stories.map((s) => ({ id: s.id, columns: buildStoryMatrix({ ...result, facts: [], links: [] }, s.id)!.columns }));
}

/** A column header must stay narrow: a title stands in for an unknown outlet by its first words. */
export function shortTitle(title: string, words = 5): string {
  const all = title.split(/\s+/).filter(Boolean);
  return all.length <= words ? title : `${all.slice(0, words).join(' ')}…`;
}

function set(cells: MatrixCell[], index: number | undefined, state: CellState, span: Span): void {
  if (index === undefined) return;
  const cell = cells[index];
  const better = PRIORITY[state] < PRIORITY[cell.state];
  // Same state: the earliest passage in the article is the one the cell links to.
  const earlier = state === cell.state && cell.span !== undefined && span.start < cell.span.start;
  if (better || earlier) cells[index] = { state, span };
}

function row(id: string, kind: MatrixRow['kind'], summary: string, cells: MatrixCell[]): MatrixRow {
  return { id, kind, summary, cells, reportedCount: cells.filter((c) => c.state === 'reported').length };
}

function overlaps(x: Span, y: Span): boolean {
  return x.article === y.article && x.start < y.end && y.start < x.end;
}
