import type { Annotation, FindingReview } from '../annotations.ts';
import type { Span } from '../types.ts';
import type { ArticleMeta, ExportInput } from './types.ts';
import { annotationIri, articleIri, linkIri, reviewIri } from './web-annotation-ids.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Marks what a machine produced (findings), as opposed to the reader's own annotations. */
export const CROSSLIGHT_GENERATOR = { type: 'Software', name: 'Crosslight' } as const;
/** The reader hid this disputed finding; carried as a tag on the assessment (W3C has no "hidden"). */
export const HIDDEN_TAG = 'hidden';
/** Characters of context around a finding's quote, as the anchoring selectors use. */
const CONTEXT = 32;

export interface WebAnnotationOptions {
  label?: string;
}

/**
 * A W3C Web Annotation Data Model collection (JSON-LD), readable by Hypothesis-style tools:
 * the reader's highlights and notes, then each reviewed machine finding as a `linking` annotation
 * (generator: Crosslight) with the reader's verdict on it as an `assessing` annotation.
 */
export function toWebAnnotation(input: ExportInput, options: WebAnnotationOptions = {}): string {
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const links = new Map((input.links ?? []).map((l) => [l.id, l]));
  const items: object[] = input.annotations.map((a) => readerAnnotation(a, articles));
  for (const review of input.reviews ?? []) {
    const link = links.get(review.linkId);
    // A finding that re-analysis no longer produces: the verdict still travels, on the link's IRI.
    if (link) {
      items.push({
        id: linkIri(link.id),
        type: 'Annotation',
        motivation: 'linking',
        generator: CROSSLIGHT_GENERATOR,
        body: [
          ...(link.explanation.trim() !== '' ? [{ type: 'TextualBody', value: link.explanation, format: 'text/plain', purpose: 'describing' }] : []),
          { type: 'TextualBody', value: link.kind, purpose: 'classifying' },
        ],
        target: [spanTarget(link.a, articles), spanTarget(link.b, articles)],
      });
    }
    items.push(assessment(review));
  }
  const collection = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: options.label ?? 'Crosslight notes',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

function readerAnnotation(a: Annotation, articles: ReadonlyMap<string, ArticleMeta>): object {
  const hasNote = a.note.trim() !== '';
  const body = [
    ...(hasNote ? [{ type: 'TextualBody', value: a.note, format: 'text/markdown', purpose: 'commenting' }] : []),
    ...a.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
    { type: 'TextualBody', value: a.category, purpose: 'classifying' },
  ];
  const source = sourceIri(a.target.source, articles);
  // A page note targets the whole article: a SpecificResource with no selector, as Hypothesis writes it.
  let target: object = { source };
  if (a.target.selectors) {
    const [quote, position] = a.target.selectors;
    target = {
      source,
      selector: [
        quoteSelector(quote.exact, quote.prefix, quote.suffix),
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    };
  }
  return {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: hasNote ? 'commenting' : a.target.selectors ? 'highlighting' : 'bookmarking',
    created: a.created,
    modified: a.modified,
    body,
    target,
  };
}

function assessment(review: FindingReview): object {
  return {
    id: reviewIri(review.linkId),
    type: 'Annotation',
    motivation: 'assessing',
    created: review.created,
    modified: review.modified,
    body: [
      { type: 'TextualBody', value: review.verdict, purpose: 'assessing' },
      ...(review.hidden ? [{ type: 'TextualBody', value: HIDDEN_TAG, purpose: 'tagging' }] : []),
    ],
    target: linkIri(review.linkId),
  };
}

function spanTarget(span: Span, articles: ReadonlyMap<string, ArticleMeta>): object {
  const text = articles.get(span.article)?.text;
  const context = text !== undefined && text.slice(span.start, span.end) === span.quote;
  return {
    source: sourceIri(span.article, articles),
    selector: [
      quoteSelector(span.quote, context ? text.slice(pairSafe(text, span.start - CONTEXT, 1), span.start) : '', context ? text.slice(span.end, pairSafe(text, span.end + CONTEXT, -1)) : ''),
      { type: 'TextPositionSelector', start: span.start, end: span.end },
    ],
  };
}

/** Moves a cut that would split an emoji's surrogate pair (leaving half a character) by one. */
function pairSafe(text: string, index: number, step: 1 | -1): number {
  const i = Math.max(0, Math.min(text.length, index));
  const low = text.charCodeAt(i);
  return i > 0 && i < text.length && low >= 0xdc00 && low <= 0xdfff ? i + step : i;
}

/** Empty context is left out: W3C makes prefix and suffix optional, and readers default them to ''. */
function quoteSelector(exact: string, prefix: string, suffix: string): object {
  return { type: 'TextQuoteSelector', exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

/** The article's own URL where it has one (other tools can open it), else a Crosslight URN. */
export function sourceIri(articleId: string, articles: ReadonlyMap<string, ArticleMeta>): string {
  return articles.get(articleId)?.url ?? articleIri(articleId);
}
