import { CATEGORIES, type Annotation, type AnnotationTarget, type FindingReview, type HighlightCategory, type TextPositionSelector, type TextQuoteSelector } from '../annotations.ts';
import { BACKUP_FORMAT } from './backup.ts';
import { at, Checker, describe, isRecord } from './checker.ts';
import { readJson } from './json-input.ts';
import type { ImportIssue, ParseLimits, ParseResult } from './types.ts';
import { HIDDEN_TAG } from './web-annotation.ts';
import { readExact } from './records.ts';
import { annotationIdFromIri, articleIdFromIri, linkIdFromIri } from './web-annotation-ids.ts';

export interface WebAnnotationParseOptions extends ParseLimits {
  /** The library's articles, to turn a target's URL back into an article id. */
  articles?: readonly { id: string; url: string | null }[];
  /** Stands in for timestamps a foreign annotation does not have; defaults to now. */
  now?: string;
}

interface Located {
  value: unknown;
  path: string;
}

/** Where a foreign file's unmapped categories go: the first, most neutral one. */
const DEFAULT_CATEGORY: HighlightCategory = 'important';
const VERDICTS = ['confirmed', 'disputed'] as const;
/** Enough for any real export; stops a `next` chain that loops back on itself. */
const MAX_PAGES = 10_000;

/**
 * Reads a W3C Web Annotation file: Crosslight's own export, or another tool's (an
 * AnnotationCollection, an AnnotationPage, one Annotation, a list of them, or Hypothesis's export
 * with `text`/`tags`/`uri`). A file-level problem (not JSON, not annotations, duplicate ids)
 * refuses the file; an annotation that cannot be mapped is left out with a warning saying why.
 * Crosslight's own machine findings are not imported: analysis recomputes them from the articles.
 */
export function parseWebAnnotation(text: string, options: WebAnnotationParseOptions = {}): ParseResult {
  const json = readJson(text, options.maxBytes);
  if (!json.ok) return json;
  const c = new Checker();
  const items = locateItems(c, json.value);
  if (!items) return { ok: false, errors: c.allErrors() };

  const context: MapContext = { resolve: urlResolver(options.articles ?? []), now: options.now ?? new Date().toISOString() };
  const annotations: { record: Annotation; path: string }[] = [];
  const reviews: { record: FindingReview; path: string }[] = [];
  let skipped = 0;
  for (const item of items) {
    const ic = new Checker();
    const mapped = mapItem(ic, item.value, item.path, context);
    for (const w of ic.warnings) c.warnings.push(w);
    if (ic.errorCount > 0) {
      skipped++;
      for (const e of ic.allErrors()) c.warn(e.path, `${stripPath(e)} (this annotation was left out)`);
    } else if (mapped?.kind === 'annotation') annotations.push({ record: mapped.record, path: item.path });
    else if (mapped?.kind === 'review') reviews.push({ record: mapped.record, path: item.path });
  }
  unique(c, annotations, (a) => a.id, 'id');
  unique(c, reviews, (r) => r.linkId, 'target');
  if (c.errorCount > 0) return { ok: false, errors: c.allErrors() };
  if (skipped > 0 && annotations.length === 0 && reviews.length === 0) {
    return { ok: false, errors: [{ path: '', message: 'none of the annotations in this file could be imported' }, ...c.warnings] };
  }
  return {
    ok: true,
    data: { annotations: annotations.map((a) => a.record), reviews: reviews.map((r) => r.record), drafts: [], articles: [] },
    warnings: c.warnings,
  };
}

/** The annotations in whichever container the file uses, each with its path for messages. */
function locateItems(c: Checker, root: unknown): Located[] | undefined {
  if (Array.isArray(root)) return root.map((value, i) => ({ value, path: `[${i}]` }));
  if (!isRecord(root)) return c.error('', `expected annotations, found ${describe(root)}`);
  if (root.format === BACKUP_FORMAT) return c.error('', 'this is a Crosslight backup, not a Web Annotation file: restore it as a backup instead');
  const types = strings(root.type);
  if (types.includes('AnnotationCollection')) {
    if (root.first === undefined) return [];
    if (typeof root.first === 'string') {
      return c.error('first', `the annotations are not in this file but at ${JSON.stringify(root.first)}: save the whole collection, with its pages, and import that`);
    }
    return pageItems(c, root.first, 'first');
  }
  if (types.includes('AnnotationPage')) return pageItems(c, root, '');
  if (types.includes('Annotation') || (root.type === undefined && root.target !== undefined)) return [{ value: root, path: '' }];
  // Hypothesis's own export ({annotations: [...]}) and its search API ({rows: [...]}).
  for (const key of ['annotations', 'rows']) {
    if (Array.isArray(root[key])) return (root[key] as unknown[]).map((value, i) => ({ value, path: at(key, i) }));
  }
  return c.error('', 'this is not a Web Annotation file: expected an AnnotationCollection, an AnnotationPage, an Annotation or a list of annotations');
}

function pageItems(c: Checker, first: unknown, path: string): Located[] | undefined {
  const out: Located[] = [];
  let page: unknown = first;
  for (let n = 0; page !== undefined && n < MAX_PAGES; n++) {
    const o = c.object(page, path);
    if (!o) return undefined;
    const items = c.array(o.items, at(path, 'items'));
    if (!items) return undefined;
    items.forEach((value, i) => out.push({ value, path: at(at(path, 'items'), i) }));
    if (typeof o.next === 'string') c.warn(at(path, 'next'), `further pages are not in this file (${JSON.stringify(o.next)}) and were not imported`);
    page = isRecord(o.next) ? o.next : undefined;
    path = at(path, 'next');
  }
  return out;
}

interface MapContext {
  resolve: (source: string) => string;
  now: string;
}

type Mapped = { kind: 'annotation'; record: Annotation } | { kind: 'review'; record: FindingReview } | null;

function mapItem(c: Checker, raw: unknown, path: string, context: MapContext): Mapped | undefined {
  const o = c.object(raw, path);
  if (!o) return undefined;
  const motivations = strings(o.motivation);
  if (motivations.includes('linking') && isCrosslight(o.generator)) return null;
  const findingId = typeof o.target === 'string' ? linkIdFromIri(o.target) : null;
  if (motivations.includes('assessing') && findingId !== null) return readAssessment(c, o, path, findingId);
  if (motivations.includes('replying') || (Array.isArray(o.references) && o.references.length > 0)) {
    c.warn(path, 'a reply to another annotation; replies are not imported');
    return null;
  }
  return readForeignAnnotation(c, o, path, context);
}

/** The reader's verdict on a Crosslight finding, as `toWebAnnotation` writes it. */
function readAssessment(c: Checker, o: Record<string, unknown>, path: string, linkId: string): Mapped | undefined {
  const bodies = list(o.body, at(path, 'body'));
  const verdictBody = bodies.find((b) => isRecord(b.value) && strings(b.value.purpose).includes('assessing'));
  if (!verdictBody) return c.error(at(path, 'body'), 'missing the verdict (a body with purpose "assessing")');
  const verdict = c.oneOf((verdictBody.value as Record<string, unknown>).value, at(verdictBody.path, 'value'), VERDICTS);
  const hidden = bodies.some((b) => isRecord(b.value) && strings(b.value.purpose).includes('tagging') && b.value.value === HIDDEN_TAG);
  const created = c.timestamp(o.created, at(path, 'created'));
  const modified = o.modified === undefined ? created : c.timestamp(o.modified, at(path, 'modified'));
  if (verdict === undefined || created === undefined || modified === undefined) return undefined;
  return { kind: 'review', record: { linkId, verdict, hidden, created, modified } };
}

function readForeignAnnotation(c: Checker, o: Record<string, unknown>, path: string, context: MapContext): Mapped | undefined {
  const before = c.errorCount;
  const rawId = c.string(o.id, at(path, 'id'), { nonEmpty: true });
  const { created, modified } = readTimes(c, o, path, context.now);
  const { note, tags, category } = readBodies(c, o, path);
  const target = readTarget(c, o, path, context, note !== '');
  if (c.errorCount > before || rawId === undefined || created === undefined || modified === undefined || target === undefined) return undefined;
  const record: Annotation = {
    id: annotationIdFromIri(rawId),
    target: target.target,
    note,
    tags,
    category,
    created,
    modified,
    anchor: target.anchor,
  };
  return { kind: 'annotation', record };
}

/** `modified` falls back to Hypothesis's `updated`, then to `created`; a file with neither gets `now`. */
function readTimes(c: Checker, o: Record<string, unknown>, path: string, now: string): { created?: string; modified?: string } {
  const modifiedKey = o.modified !== undefined ? 'modified' : o.updated !== undefined ? 'updated' : null;
  const created = o.created === undefined ? undefined : c.timestamp(o.created, at(path, 'created'));
  const modified = modifiedKey === null ? undefined : c.timestamp(o[modifiedKey], at(path, modifiedKey));
  if (o.created === undefined && modifiedKey === null) {
    c.warn(path, 'has no date; dated today');
    return { created: now, modified: now };
  }
  return { created: created ?? modified, modified: modified ?? created };
}

/**
 * Text bodies by purpose: tagging → tags, classifying → category (when it is one of Crosslight's,
 * else a tag), anything else (commenting, describing, none) → the note. Hypothesis's `text` and
 * `tags`, and W3C's `bodyValue`, count too. Non-text bodies (images, links) are reported.
 */
function readBodies(c: Checker, o: Record<string, unknown>, path: string): { note: string; tags: string[]; category: HighlightCategory } {
  const notes: string[] = [];
  const tags: string[] = [];
  let category: HighlightCategory | undefined;
  if (typeof o.bodyValue === 'string') notes.push(o.bodyValue);
  if (typeof o.text === 'string') notes.push(o.text);
  if (o.tags !== undefined) tags.push(...(c.stringList(o.tags, at(path, 'tags')) ?? []));
  for (const body of list(o.body, at(path, 'body'))) {
    const b = body.value;
    if (typeof b === 'string') {
      // A bare string body is, by the standard, the address of the body: keep it as a link.
      notes.push(/^[a-z][a-z0-9+.-]*:[^\s<>]+$/i.test(b) ? `<${b}>` : b);
      continue;
    }
    if (!isRecord(b)) {
      c.warn(body.path, `expected a body object or text, found ${describe(b)}; left out`);
      continue;
    }
    const value = b.value ?? b.chars;
    if (typeof value !== 'string') {
      c.warn(body.path, `a body of type ${JSON.stringify(b.type ?? 'unknown')} without text; Crosslight keeps text bodies only, so it was left out`);
      continue;
    }
    const purposes = strings(b.purpose);
    if (purposes.includes('tagging')) tags.push(value);
    else if (purposes.includes('classifying') && (CATEGORIES as readonly string[]).includes(value) && category === undefined) category = value as HighlightCategory;
    else if (purposes.includes('classifying')) tags.push(value);
    else notes.push(value);
  }
  const cleanTags = [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))];
  return { note: notes.filter((n) => n.trim() !== '').join('\n\n'), tags: cleanTags, category: category ?? DEFAULT_CATEGORY };
}

function readTarget(
  c: Checker,
  o: Record<string, unknown>,
  path: string,
  context: MapContext,
  hasNote: boolean,
): { target: AnnotationTarget; anchor: Annotation['anchor'] } | undefined {
  let raw: unknown = o.target;
  let tpath = at(path, 'target');
  if (raw === undefined && typeof o.uri === 'string') [raw, tpath] = [o.uri, at(path, 'uri')];
  if (Array.isArray(raw)) {
    if (raw.length === 0) return c.error(tpath, 'the list of targets is empty');
    if (raw.length > 1) c.warn(tpath, `has ${raw.length} targets; Crosslight keeps the first`);
    [raw, tpath] = [raw[0], at(tpath, 0)];
  }
  if (typeof raw === 'string') return raw.trim() === '' ? c.error(tpath, 'must not be empty') : { target: { source: context.resolve(raw) }, anchor: 'anchored' };
  const t = c.object(raw, tpath);
  if (!t) return undefined;
  const sourceKey = t.source !== undefined ? 'source' : 'id';
  const source = c.string(t[sourceKey], at(tpath, sourceKey), { nonEmpty: true });
  if (source === undefined) return undefined;
  const target: AnnotationTarget = { source: context.resolve(source) };

  const selectors = list(t.selector, at(tpath, 'selector'));
  const quoteAt = selectors.find((s) => isRecord(s.value) && s.value.type === 'TextQuoteSelector');
  const positionAt = selectors.find((s) => isRecord(s.value) && s.value.type === 'TextPositionSelector');
  const quote = quoteAt && readQuote(c, quoteAt.value as Record<string, unknown>, quoteAt.path);
  const position = positionAt && readPosition(c, positionAt.value as Record<string, unknown>, positionAt.path);
  if ((quoteAt && !quote) || (positionAt && !position)) return undefined;
  if (quote && position) return { target: { ...target, selectors: [quote, position] }, anchor: 'anchored' };
  if (quote) {
    // Position unknown: stored as unplaced until anchoring finds the quote in the article.
    c.warn(at(tpath, 'selector'), 'has no TextPositionSelector; kept as a highlight that could not be placed until Crosslight finds the quote');
    return { target: { ...target, selectors: [quote, { type: 'TextPositionSelector', start: 0, end: 0 }] }, anchor: 'orphaned' };
  }
  if (position) return c.error(at(tpath, 'selector'), 'has a TextPositionSelector but no TextQuoteSelector: Crosslight needs the quoted text to place a highlight');
  if (selectors.length > 0) {
    const kinds = [...new Set(selectors.map((s) => (isRecord(s.value) ? String(s.value.type) : describe(s.value))))].join(', ');
    if (!hasNote) return c.error(at(tpath, 'selector'), `only ${kinds}, which Crosslight cannot place, and no note to keep`);
    c.warn(at(tpath, 'selector'), `only ${kinds}, which Crosslight cannot place; kept as a note on the whole article`);
  }
  return { target, anchor: 'anchored' };
}

function readQuote(c: Checker, s: Record<string, unknown>, path: string): TextQuoteSelector | undefined {
  // White space only is a real highlight (a space, a line break), so only '' is refused.
  const exact = readExact(c, s.exact, at(path, 'exact'));
  const prefix = s.prefix === undefined ? '' : c.string(s.prefix, at(path, 'prefix'));
  const suffix = s.suffix === undefined ? '' : c.string(s.suffix, at(path, 'suffix'));
  if (exact === undefined || prefix === undefined || suffix === undefined) return undefined;
  return { type: 'TextQuoteSelector', exact, prefix, suffix };
}

function readPosition(c: Checker, s: Record<string, unknown>, path: string): TextPositionSelector | undefined {
  const start = c.integer(s.start, at(path, 'start'));
  const end = c.integer(s.end, at(path, 'end'));
  if (start === undefined || end === undefined) return undefined;
  if (end < start) return c.error(at(path, 'end'), `must not be before start (${start}), found ${end}`);
  return { type: 'TextPositionSelector', start, end };
}

/** Crosslight URNs carry the article id; a URL is matched to a library article by its address. */
function urlResolver(articles: readonly { id: string; url: string | null }[]): (source: string) => string {
  const byUrl = new Map<string, string>();
  for (const a of articles) if (a.url && !byUrl.has(normaliseUrl(a.url))) byUrl.set(normaliseUrl(a.url), a.id);
  return (source) => articleIdFromIri(source) ?? byUrl.get(normaliseUrl(source)) ?? source;
}

/** Fragment and trailing slash do not change which article a URL names. */
function normaliseUrl(url: string): string {
  return url.trim().replace(/#.*$/, '').replace(/\/+$/, '');
}

function unique<T>(c: Checker, records: { record: T; path: string }[], key: (r: T) => string, field: string): void {
  const first = new Map<string, string>();
  for (const { record, path } of records) {
    const id = key(record);
    const seen = first.get(id);
    if (seen === undefined) first.set(id, path);
    else c.error(at(path, field), `${JSON.stringify(id)} is used twice (first at ${seen || 'the top'}); each annotation needs its own`);
  }
}

/** A value or a list of values, W3C-style, each with its path. */
function list(value: unknown, path: string): Located[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map((v, i) => ({ value: v, path: at(path, i) })) : [{ value, path }];
}

function strings(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

function isCrosslight(generator: unknown): boolean {
  return list(generator, '').some((g) => isRecord(g.value) && g.value.name === 'Crosslight');
}

function stripPath(issue: ImportIssue): string {
  return issue.path && issue.message.startsWith(issue.path + ': ') ? issue.message.slice(issue.path.length + 2) : issue.message;
}
