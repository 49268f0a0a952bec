/**
 * Fuzzing export → import: random libraries of annotations (unicode, emoji, lone surrogates,
 * quotes, commas, CR/LF, Markdown, formula-like text, odd ids) through each format and back.
 *  - backup: parseBackup(toBackup(x)) restores every record deep-equal;
 *  - W3C Web Annotation: parseWebAnnotation(toWebAnnotation(x)) gives back what the format
 *    carries (see src/core/export/README.md: no text hash, anchor status re-derived, tags trimmed
 *    and deduplicated, a blank note is no note);
 *  - CSV: a real RFC 4180 reader gets every cell back, and no cell starts with = + - @ TAB or CR.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { CATEGORIES, type Annotation, type Draft, type FindingReview } from '../../../src/core/annotations.ts';
import { neutraliseFormula, parseBackup, parseWebAnnotation, readwiseDate, toBackup, toCsv, toWebAnnotation } from '../../../src/core/export/index.ts';
import type { Article } from '../../../src/core/types.ts';
import { fuzzOptions } from './fuzz-options.ts';

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** Text that breaks naive formats: quotes, separators, line breaks, formula starts, unicode. */
const nasty = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 3,
    arbitrary: fc
      .array(pick(['"', '""', ',', ';', '\n', '\r\n', '\r', '\t', '=SUM(A1)', '+1', '-', '@cmd', ' ', 'a', 'Zürich', '😀', '👨‍👩‍👧', 'مرحبا', '> quote', '# h', '`code`', '\\', '\u0000', '\u2028', "'", '\ud800', '\udc00']), { maxLength: 12 })
      .map((p) => p.join('')),
  },
);
const nonBlank = nasty.filter((s) => s.trim() !== '');
const timestamp = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
const id = fc.oneof(fc.uuid(), nonBlank, pick(['a b', 'urn:x', '%41', 'new:x', '100%']));

const articleArb = (articleId: string, url: string | null): fc.Arbitrary<Article> =>
  fc.record({ title: nasty, outlet: fc.option(nasty), published: fc.option(timestamp.map((t) => t.slice(0, 10))), author: fc.option(nasty), text: nasty, words: fc.nat(10_000) }).map((a) => ({
    id: articleId,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    url,
    author: a.author,
    markdown: a.text,
    text: a.text,
    words: a.words,
  }));

const annotationArb = (sources: string[]): fc.Arbitrary<Annotation> =>
  fc
    .record({
      id,
      source: fc.oneof(pick(sources), nonBlank),
      selectors: fc.option(fc.record({ exact: fc.oneof(nonBlank, pick([' ', '\n\n', '\u00a0', '\t'])), prefix: nasty, suffix: nasty, start: fc.nat(100_000), length: fc.nat(500) }), { nil: undefined }),
      textHash: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      note: nasty,
      tags: fc.array(nasty, { maxLength: 4 }),
      category: pick(CATEGORIES),
      created: timestamp,
      modified: timestamp,
      anchor: pick(['anchored', 'fuzzy', 'orphaned'] as const),
    })
    .map((a) => ({
      id: a.id,
      target: {
        source: a.source,
        ...(a.selectors
          ? {
              selectors: [
                { type: 'TextQuoteSelector', exact: a.selectors.exact, prefix: a.selectors.prefix, suffix: a.selectors.suffix },
                { type: 'TextPositionSelector', start: a.selectors.start, end: a.selectors.start + a.selectors.length },
              ],
            }
          : {}),
        ...(a.textHash !== undefined ? { textHash: a.textHash } : {}),
      },
      note: a.note,
      tags: a.tags,
      category: a.category,
      created: a.created,
      modified: a.modified,
      anchor: a.anchor,
    }) as Annotation);

// Spread into plain objects: fast-check may build records without a prototype.
const reviewArb: fc.Arbitrary<FindingReview> = fc.record({ linkId: id, verdict: pick(['confirmed', 'disputed'] as const), hidden: fc.boolean(), created: timestamp, modified: timestamp }).map((r) => ({ ...r }));
const draftArb: fc.Arbitrary<Draft> = fc.record({ id, article: nonBlank, note: nasty, tags: fc.array(nasty, { maxLength: 3 }), updated: timestamp }).map((d) => ({ ...d }));

const uniqueBy = <T>(items: T[], key: (t: T) => string) => items.filter((x, i) => items.findIndex((y) => key(y) === key(x)) === i);

/** 1 to 3 articles (some with a URL), then annotations, reviews and drafts on them, ids unique. */
const libraryArb = fc
  .array(fc.tuple(fc.boolean(), nonBlank), { minLength: 1, maxLength: 3 })
  .chain((specs) => {
    const ids = specs.map((_, i) => `article-${i}`);
    return fc.record({
      articles: fc.tuple(...specs.map(([hasUrl], i) => articleArb(ids[i], hasUrl ? `https://example.org/${i}/${encodeURIComponent(ids[i])}` : null))),
      annotations: fc.array(annotationArb(ids), { maxLength: 8 }).map((as) => uniqueBy(as, (a) => a.id)),
      reviews: fc.array(reviewArb, { maxLength: 3 }).map((rs) => uniqueBy(rs, (r) => r.linkId)),
      drafts: fc.array(draftArb, { maxLength: 3 }).map((ds) => uniqueBy(ds, (d) => d.id)),
    });
  });

/** A CSV file is UTF-8 bytes, where half an emoji can only be U+FFFD; the reader sees that. */
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

describe('export → import round trips on random annotations', () => {
  it('a backup restores every record exactly: nothing a reader wrote is lost or changed', () => {
    fc.assert(
      fc.property(libraryArb, (library) => {
        const result = parseBackup(toBackup(library, { exported: '2026-11-22T12:00:00.000Z' }));
        assert.ok(result.ok, `refused its own backup: ${JSON.stringify(!result.ok && result.errors)}`);
        assert.deepStrictEqual(result.data, { articles: [...library.articles], annotations: library.annotations, reviews: library.reviews, drafts: library.drafts });
        assert.deepEqual(result.warnings, []);
      }),
      fuzzOptions('backup', 11_22, 1000),
    );
  });

  it('a Web Annotation export reads back as the same notes, for everything the format carries', () => {
    fc.assert(
      fc.property(libraryArb, (library) => {
        const json = toWebAnnotation({ articles: library.articles, annotations: library.annotations, reviews: library.reviews });
        const result = parseWebAnnotation(json, { articles: library.articles, now: '2026-11-22T12:00:00.000Z' });
        if (library.annotations.length === 0 && library.reviews.length === 0) return;
        assert.ok(result.ok, `refused its own export: ${JSON.stringify(!result.ok && result.errors)}`);
        const expected = library.annotations.map((a): Annotation => {
          const { textHash: _hash, ...target } = a.target;
          return {
            ...a,
            target,
            note: a.note.trim() === '' ? '' : a.note,
            tags: [...new Set(a.tags.map((t) => t.trim()).filter((t) => t !== ''))],
            anchor: 'anchored',
          };
        });
        assert.deepStrictEqual(result.data.annotations, expected);
        assert.deepStrictEqual(result.data.reviews, library.reviews);
      }),
      fuzzOptions('web annotation', 2026, 1000),
    );
  });

  it('CSV: every cell reads back intact and none can run as a spreadsheet formula', () => {
    fc.assert(
      fc.property(libraryArb, (library) => {
        const csv = toCsv(library.annotations, library.articles);
        const rows: string[][] = parseCsv(csv, { record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false });
        for (const row of rows) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `cell ${JSON.stringify(cell)} starts like a formula`);
        const byId = new Map(library.articles.map((a) => [a.id, a]));
        const expected = library.annotations
          .filter((a) => a.target.selectors)
          .map((a) => {
            const article = byId.get(a.target.source);
            const [quote, position] = a.target.selectors!;
            return [quote.exact, article?.title ?? a.target.source, article?.author ?? article?.outlet ?? '', article?.url ?? '', a.note, String(position.start), readwiseDate(a.created)].map((cell) => wellFormed(neutraliseFormula(cell)));
          });
        const sort = (r: string[][]) => r.map((x) => JSON.stringify(x)).sort();
        assert.deepEqual(rows[0], ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date']);
        assert.deepEqual(sort(rows.slice(1)), sort(expected));
      }),
      fuzzOptions('csv', 4180, 1000),
    );
  });
});
