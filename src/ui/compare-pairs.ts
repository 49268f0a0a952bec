import type { AnalysisResult, LinkKind, Span } from '../core/types.ts';

/** One link between the two articles, oriented: `left` is the passage in article `a`. */
export interface ComparePair {
  id: string;
  kind: LinkKind;
  left: Span;
  right: Span;
  explanation: string;
}

/** The links of any kind between articles a and b, oriented a → b, in a's reading order. */
export function pairsBetween(result: AnalysisResult, a: string, b: string): ComparePair[] {
  if (!a || !b || a === b) return [];
  const pairs: ComparePair[] = [];
  for (const l of result.links) {
    if (l.a.article === a && l.b.article === b) pairs.push({ id: l.id, kind: l.kind, left: l.a, right: l.b, explanation: l.explanation });
    else if (l.a.article === b && l.b.article === a) pairs.push({ id: l.id, kind: l.kind, left: l.b, right: l.a, explanation: l.explanation });
  }
  return pairs.sort((x, y) => x.left.start - y.left.start || x.right.start - y.right.start);
}
