import { CATEGORIES, type Annotation, type AnnotationTarget, type Draft, type FindingReview, type TextPositionSelector, type TextQuoteSelector } from '../annotations.ts';
import type { Article } from '../types.ts';
import type { ImportedArticle, ImportKind } from '../import/types.ts';
import { at, type Checker } from './checker.ts';

/** The ways an article can have come in (src/core/import); a backup carries which. */
const IMPORT_KINDS: readonly ImportKind[] = ['markdown', 'text', 'html', 'paste'];

/**
 * Strict readers for the records a backup holds: every field checked, records rebuilt from known
 * fields only (optional fields absent, never `undefined`, so a round trip is deep-equal).
 * Each returns undefined when the record has an error; the errors are in the checker.
 */

const ANCHORS = ['anchored', 'fuzzy', 'orphaned'] as const;
const VERDICTS = ['confirmed', 'disputed'] as const;

export function readAnnotation(c: Checker, value: unknown, path: string): Annotation | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const before = c.errorCount;
  c.unknownKeys(o, path, ['id', 'target', 'note', 'tags', 'category', 'created', 'modified', 'anchor']);
  const record = {
    id: c.string(o.id, at(path, 'id'), { nonEmpty: true }),
    target: readTarget(c, o.target, at(path, 'target')),
    note: c.string(o.note, at(path, 'note')),
    tags: c.stringList(o.tags, at(path, 'tags')),
    category: c.oneOf(o.category, at(path, 'category'), CATEGORIES),
    created: c.timestamp(o.created, at(path, 'created')),
    modified: c.timestamp(o.modified, at(path, 'modified')),
    anchor: c.oneOf(o.anchor, at(path, 'anchor'), ANCHORS),
  };
  return c.errorCount === before ? (record as Annotation) : undefined;
}

function readTarget(c: Checker, value: unknown, path: string): AnnotationTarget | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  c.unknownKeys(o, path, ['source', 'selectors', 'textHash']);
  const source = c.string(o.source, at(path, 'source'), { nonEmpty: true });
  const target: AnnotationTarget = { source: source ?? '' };
  if (o.selectors !== undefined) {
    const selectors = readSelectors(c, o.selectors, at(path, 'selectors'));
    if (selectors) target.selectors = selectors;
  }
  if (o.textHash !== undefined) target.textHash = c.string(o.textHash, at(path, 'textHash')) ?? '';
  return target;
}

/** Exactly `[TextQuoteSelector, TextPositionSelector]`, as Crosslight writes them. */
function readSelectors(c: Checker, value: unknown, path: string): [TextQuoteSelector, TextPositionSelector] | undefined {
  const list = c.array(value, path);
  if (!list) return undefined;
  if (list.length !== 2) return c.error(path, `expected 2 selectors (a TextQuoteSelector, then a TextPositionSelector), found ${list.length}`);
  const before = c.errorCount;
  const q = c.object(list[0], at(path, 0));
  const p = c.object(list[1], at(path, 1));
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  if (q) {
    c.unknownKeys(q, at(path, 0), ['type', 'exact', 'prefix', 'suffix']);
    c.oneOf(q.type, at(at(path, 0), 'type'), ['TextQuoteSelector']);
    quote = {
      type: 'TextQuoteSelector',
      exact: readExact(c, q.exact, at(at(path, 0), 'exact')) ?? '',
      prefix: c.string(q.prefix, at(at(path, 0), 'prefix')) ?? '',
      suffix: c.string(q.suffix, at(at(path, 0), 'suffix')) ?? '',
    };
  }
  if (p) {
    c.unknownKeys(p, at(path, 1), ['type', 'start', 'end']);
    c.oneOf(p.type, at(at(path, 1), 'type'), ['TextPositionSelector']);
    const start = c.integer(p.start, at(at(path, 1), 'start'));
    const end = c.integer(p.end, at(at(path, 1), 'end'));
    if (start !== undefined && end !== undefined && end < start) c.error(at(at(path, 1), 'end'), `must not be before start (${start}), found ${end}`);
    position = { type: 'TextPositionSelector', start: start ?? 0, end: end ?? 0 };
  }
  return c.errorCount === before && quote && position ? [quote, position] : undefined;
}

/**
 * A quote must not be empty, but may be white space only: the reader can highlight a space or a
 * line break, and refusing it here refused the whole backup holding it (all or nothing).
 */
export function readExact(c: Checker, value: unknown, path: string): string | undefined {
  const exact = c.string(value, path);
  return exact === '' ? c.error(path, 'must not be empty') : exact;
}

export function readReview(c: Checker, value: unknown, path: string): FindingReview | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const before = c.errorCount;
  c.unknownKeys(o, path, ['linkId', 'verdict', 'hidden', 'created', 'modified']);
  const record = {
    linkId: c.string(o.linkId, at(path, 'linkId'), { nonEmpty: true }),
    verdict: c.oneOf(o.verdict, at(path, 'verdict'), VERDICTS),
    hidden: c.boolean(o.hidden, at(path, 'hidden')),
    created: c.timestamp(o.created, at(path, 'created')),
    modified: c.timestamp(o.modified, at(path, 'modified')),
  };
  return c.errorCount === before ? (record as FindingReview) : undefined;
}

export function readDraft(c: Checker, value: unknown, path: string): Draft | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const before = c.errorCount;
  c.unknownKeys(o, path, ['id', 'article', 'note', 'tags', 'updated']);
  const record = {
    id: c.string(o.id, at(path, 'id'), { nonEmpty: true }),
    article: c.string(o.article, at(path, 'article'), { nonEmpty: true }),
    note: c.string(o.note, at(path, 'note')),
    tags: c.stringList(o.tags, at(path, 'tags')),
    updated: c.timestamp(o.updated, at(path, 'updated')),
  };
  return c.errorCount === before ? (record as Draft) : undefined;
}

export function readArticle(c: Checker, value: unknown, path: string): Article | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const before = c.errorCount;
  c.unknownKeys(o, path, ['id', 'file', 'title', 'outlet', 'published', 'url', 'author', 'markdown', 'text', 'words', 'imported']);
  const published = c.nullableString(o.published, at(path, 'published'));
  if (typeof published === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(published)) c.error(at(path, 'published'), `expected a date like 2026-11-22 or null, found ${JSON.stringify(published)}`);
  const record: Article = {
    id: c.string(o.id, at(path, 'id'), { nonEmpty: true }) ?? '',
    title: c.string(o.title, at(path, 'title')) ?? '',
    outlet: c.nullableString(o.outlet, at(path, 'outlet')) ?? null,
    published: published ?? null,
    url: c.nullableString(o.url, at(path, 'url')) ?? null,
    author: c.nullableString(o.author, at(path, 'author')) ?? null,
    markdown: c.string(o.markdown, at(path, 'markdown')) ?? '',
    text: c.string(o.text, at(path, 'text')) ?? '',
    words: c.integer(o.words, at(path, 'words')) ?? 0,
  };
  if (o.file !== undefined) record.file = c.string(o.file, at(path, 'file')) ?? '';
  // How and when the reader imported it: kept, so a restored article is listed as imported.
  if (o.imported !== undefined) {
    const i = c.object(o.imported, at(path, 'imported'));
    if (i) {
      const kind = c.string(i.kind, at(at(path, 'imported'), 'kind'));
      if (kind !== undefined && !IMPORT_KINDS.includes(kind as ImportKind)) c.error(at(at(path, 'imported'), 'kind'), `expected one of ${IMPORT_KINDS.join(', ')}, found ${JSON.stringify(kind)}`);
      (record as ImportedArticle).imported = {
        at: c.string(i.at, at(at(path, 'imported'), 'at'), { nonEmpty: true }) ?? '',
        kind: (kind ?? 'markdown') as ImportKind,
        source: c.string(i.source, at(at(path, 'imported'), 'source')) ?? '',
      };
    }
  }
  return c.errorCount === before ? record : undefined;
}

/** A second record with the same id would silently overwrite the first on import. */
export function checkUnique<T>(c: Checker, records: readonly (T | undefined)[], key: (r: T) => string, path: string, field: string): void {
  const first = new Map<string, number>();
  records.forEach((r, i) => {
    if (r === undefined) return;
    const id = key(r);
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else c.error(at(at(path, i), field), `${JSON.stringify(id)} is used twice (first at ${at(path, seen)}); each ${field} must be unique`);
  });
}
