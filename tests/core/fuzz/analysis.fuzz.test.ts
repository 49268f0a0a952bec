/**
 * Fuzzing the cross-source analysis with random articles (1 to 5) of hostile text: unicode
 * letters, emoji and flags (surrogate pairs), combining marks, right-to-left scripts, very long
 * words, lines of punctuation only, numbers and dates, quotes, Markdown syntax. Articles share
 * sentences (some with a changed figure or a negation), so the engine does find links and the
 * properties are checked on real output, not on an empty result.
 *
 * Properties (any result of analyzeLibrary):
 *  - it never throws;
 *  - every span lies within its article's reading text, start <= end;
 *  - every span's quote is exactly the text at its offsets, and does not cut an emoji in half;
 *  - a link joins two different articles, and every article, fact and story it names exists.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeLibrary } from '../../../src/core/analysis/index.ts';
import { parseArticle } from '../../../src/core/corpus/parse-article.ts';
import type { AnalysisResult, Article, Span } from '../../../src/core/types.ts';
import { fuzzOptions } from './fuzz-options.ts';

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

const NAMES = ['Anna Weber', 'Weber', 'Dr. Okafor', 'Okafor', 'the Council', 'Mr. Ito', 'Ito', 'Lake Varn', 'Port Selby', 'the ministry', 'NATO', 'U.S.'];
const WORDS = ['said', 'agreed', 'talks', 'ceasefire', 'rose', 'fell', 'announced', 'deal', 'before', 'after', 'within', 'hours', 'people', 'killed', 'not', 'never', 'denied', 'confirmed', 'reportedly', 'was', 'would', 'on', 'in', 'the', 'a', 'of', 'and'];
const NUMBERS = ['6.1', '5.8', '12', '1,200', '3 million', '48 hours', '24%', '−3', '1e9', '0.000001', '99999999999999999999', '٣٤', '四十二', '½'];
const DATES = ['on Monday', 'March 3', '2025-02-13', '13/02/2025', 'by the end of March', 'Feb. 12, 2025', 'Q3 2024', 'in 1999'];
const QUOTES = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '「', '」'];
const UNICODE = ['café', 'naïve', 'Zürich', 'Łódź', 'İstanbul', 'ß', 'ﬁnance', 'Ａｂｃ', 'Ωmega', 'Тарас', 'Київ', '東京', '서울', 'ไทย'];
const EMOJI = ['😀', '👍🏽', '🇺🇦', '👨‍👩‍👧', '🏳️‍🌈', '🤝', '𝔘𝔫𝔦', '\u{1F600}\u{1F600}'];
const COMBINING = ['e\u0301', 'a\u0308\u0304', 'Z\u0337\u0336\u0335', 'n\u0303', '\u0301', '\u200d', '\u200b', '\ufeff'];
const RTL = ['مرحبا', 'שלום', 'السلام عليكم', '\u202eevil\u202c', 'עברית 123', '\u200f'];
const PUNCT = ['...', '!!!', '?!', '—', '–', '-', ';', ':', ',', '(', ')', '[', ']', '…', '•', '/', '\\', '|'];
const MARKDOWN = ['**', '*', '_', '__', '`', '~~', '[', '](', ')', '#', '> ', '- ', '1. ', '<b>', '</b>', '&amp;', '&#x1F600;', '&#0;', '![x](y)', '<!--', '-->', '|', '---'];

/** One token of text; weighted towards words so sentences still read as sentences. */
const token = fc.oneof(
  { weight: 8, arbitrary: pick(WORDS) },
  { weight: 4, arbitrary: pick(NAMES) },
  { weight: 3, arbitrary: pick(NUMBERS) },
  { weight: 2, arbitrary: pick(DATES) },
  { weight: 2, arbitrary: pick(QUOTES) },
  { weight: 2, arbitrary: pick(UNICODE) },
  { weight: 2, arbitrary: pick(EMOJI) },
  { weight: 1, arbitrary: pick(COMBINING) },
  { weight: 1, arbitrary: pick(RTL) },
  { weight: 2, arbitrary: pick(PUNCT) },
  { weight: 2, arbitrary: pick(MARKDOWN) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
  // A very long word: no break for the sentence splitter or tokenizer to hold on to.
  { weight: 1, arbitrary: fc.tuple(pick(['a', 'Z', 'é', '😀', '9', '.']), fc.integer({ min: 200, max: 1500 })).map(([c, n]) => c.repeat(n)) },
);

const separator = pick([' ', ' ', ' ', '  ', '\t', '\u00a0', '', ', ', '. ', '.\n', '\n\n']);

const sentence = fc.array(fc.tuple(token, separator), { minLength: 1, maxLength: 18 }).map((parts) => parts.map(([t, s]) => t + s).join('').trim());

/** A sentence as another outlet tells it: the same, with a figure changed, or negated. */
function variant(s: string, kind: number): string {
  if (kind === 1) return s.replace(/\d+/, (n) => String(Number(n.slice(0, 6)) + 7));
  if (kind === 2) return s.replace(/\b(was|would|agreed|confirmed)\b/, '$1 not');
  if (kind === 3) return 'Officials said ' + s;
  return s;
}

/** Front matter: sometimes none, sometimes dated (so updates can happen), sometimes odd but valid YAML. */
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.record({
    title: fc.string({ maxLength: 30 }),
    outlet: fc.oneof(fc.constant(null), pick(['Daily 😀', 'النشرة', 'The "Quoted" Times', 'Post, Inc.'])),
    published: fc.oneof(fc.constant(null), fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
  }).map((m) => `---\ntitle: ${JSON.stringify(m.title)}\noutlet: ${m.outlet === null ? 'null' : JSON.stringify(m.outlet)}\npublished: ${m.published ?? 'null'}\n---\n\n`),
);

const libraryArb = fc
  .record({
    pool: fc.array(sentence, { minLength: 2, maxLength: 8 }),
    articles: fc.array(
      fc.record({
        front: frontMatter,
        // Each paragraph: sentences from the shared pool (index, variant kind) and/or fresh ones.
        paragraphs: fc.array(fc.array(fc.oneof(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 3 })), sentence), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        blockPrefix: pick(['', '', '', '# ', '> ', '- ', '1. ', '    ', '> > ', '* ', '| ']),
        txt: fc.boolean(),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ pool, articles }) =>
    articles.map((a, i) => {
      const paragraphs = a.paragraphs.map((p) =>
        a.blockPrefix + p.map((x) => (typeof x === 'string' ? x : variant(pool[x[0] % pool.length], x[1]))).join(' '),
      );
      // An anchor word so every article has some reading text (an article with none is refused by
      // parseArticle, which the corpus tests cover).
      const body = `Report ${i} said.\n\n` + paragraphs.join('\n\n') + '\n';
      return a.txt ? { file: `fuzz-${i}.txt`, source: `Title ${i}\n${body}` } : { file: `fuzz-${i}.md`, source: a.front + body };
    }),
  );

function parseAll(files: { file: string; source: string }[]): Article[] {
  return files.map(({ file, source }) => parseArticle(file, source));
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function checkSpan(span: Span, byId: Map<string, Article>, where: string): void {
  const article = byId.get(span.article);
  assert.ok(article, `${where}: names an unknown article ${span.article}`);
  const { text } = article;
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${where}: offsets are not whole numbers`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${where}: ${span.start}..${span.end} is outside a ${text.length}-character text`);
  assert.equal(span.quote, text.slice(span.start, span.end), `${where}: the quote is not the text at its offsets`);
  assert.ok(span.end > span.start, `${where}: an empty span`);
  // A cut between the halves of a surrogate pair shows as a broken character in the reader.
  assert.ok(!(span.start > 0 && isLow(text.charCodeAt(span.start)) && isHigh(text.charCodeAt(span.start - 1))), `${where}: starts inside an emoji`);
  assert.ok(!(span.end < text.length && isLow(text.charCodeAt(span.end)) && isHigh(text.charCodeAt(span.end - 1))), `${where}: ends inside an emoji`);
}

function checkResult(result: AnalysisResult, articles: Article[]): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  assert.equal(result.articles.length, articles.length);
  assert.deepEqual(new Set(result.articles.map((a) => a.id)), new Set(byId.keys()));
  const inStories = result.stories.flatMap((s) => s.articles).sort();
  assert.deepEqual(inStories, [...byId.keys()].sort(), 'stories partition the articles');
  result.links.forEach((link, i) => {
    checkSpan(link.a, byId, `links[${i}].a`);
    checkSpan(link.b, byId, `links[${i}].b`);
    assert.notEqual(link.a.article, link.b.article, `links[${i}] joins an article to itself`);
    assert.ok(Number.isFinite(link.score), `links[${i}].score is ${link.score}`);
    assert.ok(['shared', 'contradiction', 'update'].includes(link.kind));
  });
  assert.equal(new Set(result.links.map((l) => l.id)).size, result.links.length, 'link ids are unique (reviews key on them)');
  for (const fact of result.facts) {
    for (const i of fact.links) assert.ok(result.links[i]?.kind === 'shared', `fact ${fact.id} names link ${i}, not a shared link`);
    for (const a of fact.articles) assert.ok(byId.has(a), `fact ${fact.id} names an unknown article`);
  }
  for (const e of result.entities) for (const a of e.articles) assert.ok(byId.has(a), `entity ${e.name} names an unknown article`);
}

describe('analysis on random hostile text', () => {
  it('never throws, and every span it reports is exactly its article\'s text at its offsets', async () => {
    let links = 0;
    await fc.assert(
      fc.asyncProperty(libraryArb, async (files) => {
        const articles = parseAll(files);
        const result = await analyzeLibrary(articles);
        links += result.links.length;
        checkResult(result, articles);
      }),
      fuzzOptions('analysis', 909_2026, 300),
    );
    console.log(`# analysis fuzz: ${links} links checked`);
    assert.ok(links > 0, 'the generator must produce text the engine links, or the properties test nothing');
  });

  it('gives the same result whatever order the articles come in (stable ids for reviews)', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArb.filter((f) => f.length > 1), async (files) => {
        const articles = parseAll(files);
        const forward = await analyzeLibrary(articles);
        const backward = await analyzeLibrary([...articles].reverse());
        assert.deepStrictEqual(backward, forward);
      }),
      fuzzOptions('analysis order', 31_337, 60),
    );
  });
});
