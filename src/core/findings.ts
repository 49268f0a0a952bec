import type { AnalysisResult, ArticleRef, Link, LinkKind, Span } from './types.ts';

/** The other side of a link, as the reader of one article sees it. */
export interface Counterpart {
  link: Link;
  /** The passage in the other article. */
  span: Span;
  article: ArticleRef;
  /** For updates: whether this other report is the earlier one. */
  earlier: boolean | null;
}

/**
 * One highlight in one article: a passage and every link that touches it. Passages of the same
 * kind that overlap are merged, so the reader sees one highlight, not a stack of them.
 */
export interface Finding {
  id: string;
  kind: LinkKind;
  start: number;
  end: number;
  quote: string;
  counterparts: Counterpart[];
  /** Outlets (articles) reporting this fact, this one included; 0 for conflicts. */
  reportedBy: number;
  /** Articles in this article's story: the "of N" in "reported by 3 of 5 outlets". */
  storySize: number;
}

const KIND_ORDER: Record<LinkKind, number> = { contradiction: 0, update: 1, shared: 2 };

/** The findings of one article, in reading order. */
export function findingsForArticle(result: AnalysisResult, articleId: string): Finding[] {
  const refs = new Map(result.articles.map((a) => [a.id, a]));
  const story = result.stories.find((s) => s.articles.includes(articleId));
  const factOfLink = new Map<number, number>();
  result.facts.forEach((fact, f) => fact.links.forEach((l) => factOfLink.set(l, f)));

  type Raw = { kind: LinkKind; own: Span; counterpart: Counterpart; reportedBy: number };
  const raw: Raw[] = [];
  result.links.forEach((link, index) => {
    const mine = link.a.article === articleId ? link.a : link.b.article === articleId ? link.b : null;
    if (!mine) return;
    const other = mine === link.a ? link.b : link.a;
    const ref = refs.get(other.article);
    if (!ref) return;
    const own = refs.get(articleId);
    const earlier = link.kind === 'update' && own?.published && ref.published ? ref.published < own.published : null;
    const fact = factOfLink.get(index);
    raw.push({
      kind: link.kind,
      own: mine,
      counterpart: { link, span: other, article: ref, earlier },
      reportedBy: fact === undefined ? 2 : result.facts[fact].articles.length,
    });
  });

  raw.sort((x, y) => x.own.start - y.own.start || KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || x.own.end - y.own.end);
  const findings: Finding[] = [];
  for (const r of raw) {
    const open = findings.find((f) => f.kind === r.kind && r.own.start < f.end && r.own.end > f.start);
    if (open) {
      if (!open.counterparts.some((c) => c.link.id === r.counterpart.link.id)) open.counterparts.push(r.counterpart);
      if (r.own.end > open.end) {
        open.quote += r.own.quote.slice(open.end - r.own.start);
        open.end = r.own.end;
      }
      open.reportedBy = Math.max(open.reportedBy, r.reportedBy, new Set([articleId, ...open.counterparts.map((c) => c.article.id)]).size);
      continue;
    }
    findings.push({
      id: `${r.kind}:${articleId}:${r.own.start}-${r.own.end}`,
      kind: r.kind,
      start: r.own.start,
      end: r.own.end,
      quote: r.own.quote,
      counterparts: [r.counterpart],
      reportedBy: r.kind === 'shared' ? r.reportedBy : 0,
      storySize: story?.articles.length ?? 1,
    });
  }
  findings.sort((x, y) => x.start - y.start || KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
  return findings;
}

/** "reported by 3 of 5 outlets", "contradicted by 1 outlet", "updated by a later report". */
export function findingSummary(f: Finding): string {
  const n = new Set(f.counterparts.map((c) => c.article.id)).size;
  const outlets = (k: number) => `${k} outlet${k === 1 ? '' : 's'}`;
  switch (f.kind) {
    case 'shared':
      return `reported by ${f.reportedBy} of ${outlets(f.storySize)}`;
    case 'contradiction':
      return `contradicted by ${outlets(n)}`;
    case 'update':
      return f.counterparts.every((c) => c.earlier) ? `revises ${n === 1 ? 'an earlier report' : `${n} earlier reports`}` : `revised by ${n === 1 ? 'a later report' : `${n} later reports`}`;
  }
}
