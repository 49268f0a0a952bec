import type { Annotation } from '../annotations.ts';
import { anchor } from './anchor.ts';
import { hashText } from './hash.ts';
import { describeRange } from './selectors.ts';

/**
 * Re-places every annotation in an article's current reading text.
 *
 * - anchored: selectors rewritten from the current text (new offsets, fresh context), so the
 *   next change is matched against up-to-date context;
 * - fuzzy: only the position selector and text hash are rewritten; the quote selector keeps
 *   the words the reader actually highlighted, so the UI can show "was / now" and the export
 *   stays faithful to what the note was about;
 * - orphaned: selectors and hash kept as they were (the text may come back); status set.
 *
 * Annotations that did not change are returned as the same object, so a caller can save only
 * `result[i] !== input[i]`. `modified` is left alone: re-anchoring is not a reader's edit.
 */
export function reanchorAll(text: string, annotations: readonly Annotation[]): Annotation[] {
  const textHash = hashText(text);
  return annotations.map((annotation) => reanchorOne(text, textHash, annotation));
}

function reanchorOne(text: string, textHash: string, annotation: Annotation): Annotation {
  const { target } = annotation;
  if (!target.selectors) return withStatus(annotation, 'anchored');
  const placed = anchor(text, target, { textHash });
  if (placed.status === 'orphaned') return withStatus(annotation, 'orphaned');

  const [quote, position] = target.selectors;
  if (placed.status === 'anchored') {
    const selectors = describeRange(text, placed.start, placed.end);
    const unchanged =
      annotation.anchor === 'anchored' && target.textHash === textHash && sameRange(position, placed) &&
      quote.prefix === selectors[0].prefix && quote.suffix === selectors[0].suffix;
    return unchanged ? annotation : { ...annotation, target: { ...target, selectors, textHash }, anchor: 'anchored' };
  }
  if (annotation.anchor === 'fuzzy' && target.textHash === textHash && sameRange(position, placed)) return annotation;
  return {
    ...annotation,
    target: { ...target, selectors: [quote, { type: 'TextPositionSelector', start: placed.start, end: placed.end }], textHash },
    anchor: 'fuzzy',
  };
}

function withStatus(annotation: Annotation, anchor: Annotation['anchor']): Annotation {
  return annotation.anchor === anchor ? annotation : { ...annotation, anchor };
}

const sameRange = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start === b.start && a.end === b.end;
