import type { Annotation, FindingReview } from '../annotations.ts';
import type { Link, Span } from '../types.ts';

/** A machine finding seen from one article: the passage here, the passage elsewhere. */
export interface Finding {
  link: Link;
  here: Span;
  other: Span;
  review?: FindingReview;
}

/**
 * The findings whose passage in `article` overlaps `[start, end)`: the cross-source context of a
 * highlight. Ordered by where they start here, then by link id, so output is stable.
 */
export function findingsOverlapping(
  article: string,
  start: number,
  end: number,
  links: readonly Link[],
  reviews: ReadonlyMap<string, FindingReview>,
): Finding[] {
  const found: Finding[] = [];
  for (const link of links) {
    for (const [here, other] of [
      [link.a, link.b],
      [link.b, link.a],
    ] as const) {
      if (here.article === article && here.start < end && start < here.end) {
        const review = reviews.get(link.id);
        found.push(review ? { link, here, other, review } : { link, here, other });
        break;
      }
    }
  }
  return found.sort((x, y) => x.here.start - y.here.start || (x.link.id < y.link.id ? -1 : x.link.id > y.link.id ? 1 : 0));
}

/** Reading order: by position in the text, then length, then age, then id (ties stay stable). */
export function byReadingOrder(x: Annotation, y: Annotation): number {
  const px = x.target.selectors?.[1];
  const py = y.target.selectors?.[1];
  return (px?.start ?? 0) - (py?.start ?? 0) || (px?.end ?? 0) - (py?.end ?? 0) || byCreated(x, y);
}

export function byCreated(x: Annotation, y: Annotation): number {
  return Date.parse(x.created) - Date.parse(y.created) || compareStrings(x.id, y.id);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
