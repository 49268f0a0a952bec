/**
 * Random edits of real articles and the judge of where highlights land (see the property test
 * for the definition of "right text"). Separate from the test so a counterexample can be replayed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { anchor, type AnchorResult, describeRange, hashText } from '../../../src/core/anchoring/index.ts';
import { parseArticle } from '../../../src/core/corpus/parse-article.ts';

const dir = join(import.meta.dirname, '../../../articles');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => parseArticle(f, readFileSync(join(dir, f), 'utf8')).text);

interface Edit {
  a: number;
  b: number;
  insert: string;
}

interface Range {
  start: number;
  end: number;
}

/** Highlights as readers make them: whole words, 1 to 30 of them. */
function wordRanges(text: string): Range[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * An edit described independently of the text it will apply to (1 to 3 edits run in sequence).
 * Half of them land within 48 characters of a highlight's edge, where they damage its context
 * or the highlight itself: edits far from every highlight would test nothing.
 */
const editSpec = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  near: fc.oneof(fc.constant(null), fc.record({ highlight: fc.nat(), edge: fc.boolean(), offset: fc.integer({ min: -48, max: 48 }) })),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 120 }),
  // Inserted text: random letters, or real prose from ANOTHER article of the same story (shared
  // names and phrases: the near-duplicates that could lure a highlight onto other text).
  // Not from the same article: pasting a passage together with its 32-character context makes
  // a second place identical to the original, where any choice would be a guess; that case is
  // the unit tests' "refuses a tie".
  copy: fc.oneof(fc.constant(null), fc.record({ from: fc.nat(), length: fc.integer({ min: 1, max: 240 }), article: fc.nat() })),
  letters: fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ,.'), minLength: 1, maxLength: 80 }),
});
type EditSpec = typeof editSpec extends fc.Arbitrary<infer T> ? T : never;

export const caseArbitrary = fc.record({
  article: fc.integer({ min: 0, max: texts.length - 1 }),
  highlights: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 30 })), { minLength: 10, maxLength: 10 }),
  edits: fc.array(editSpec, { minLength: 1, maxLength: 3 }),
});

function makeEdit(article: number, text: string, spec: EditSpec, images: Range[]): Edit {
  let a = spec.at % (text.length + 1);
  if (spec.near) {
    const h = images[spec.near.highlight % images.length];
    a = Math.max(0, Math.min(text.length, (spec.near.edge ? h.end : h.start) + spec.near.offset));
  }
  const insert = spec.copy ? otherArticle(article, spec.copy) : spec.letters;
  if (spec.kind === 'insert') return { a, b: a, insert };
  const b = Math.min(text.length, a + (spec.kind === 'replace' ? Math.min(spec.length, 40) : spec.length));
  return { a, b, insert: spec.kind === 'replace' ? insert : '' };
}

function otherArticle(article: number, copy: { from: number; length: number; article: number }): string {
  const source = texts[(article + 1 + (copy.article % (texts.length - 1))) % texts.length];
  const from = copy.from % source.length;
  return source.slice(from, from + copy.length);
}

function apply(text: string, { a, b, insert }: Edit): string {
  return text.slice(0, a) + insert + text.slice(b);
}

/** Where a highlight's characters are after one edit; `survived` false once an edit touched them. */
interface Image extends Range {
  survived: boolean;
}

function mapThrough(edit: Edit, h: Image): Image {
  const delta = edit.insert.length - (edit.b - edit.a);
  if (h.end <= edit.a) return h;
  if (h.start >= edit.b) return { start: h.start + delta, end: h.end + delta, survived: h.survived };
  const start = h.start < edit.a ? h.start : h.start >= edit.b ? h.start + delta : edit.a;
  const end = h.end <= edit.a ? h.end : h.end >= edit.b ? h.end + delta : edit.a + edit.insert.length;
  return { start, end, survived: false };
}

/**
 * The same text change can come from several edits: deleting "the B " or " B the" from
 * "A the B the C" both give "A the C", and which "the" survived is not in the text. The judge
 * accepts a placement that is right under ANY of these equivalent edits (the edit slid left or
 * right while the resulting text stays the same), since no method could tell them apart.
 */
function equivalentEdits(text: string, edit: Edit): Edit[] {
  const variants = [edit];
  for (let e = edit, k = 0; k < 64; k++) {
    const { a, b, insert: r } = e;
    if (a === 0 || b === 0 || text[b - 1] !== (r ? r[r.length - 1] : text[a - 1])) break;
    e = { a: a - 1, b: b - 1, insert: r ? text[a - 1] + r.slice(0, -1) : '' };
    variants.push(e);
  }
  for (let e = edit, k = 0; k < 64; k++) {
    const { a, b, insert: r } = e;
    if (b >= text.length || text[a] !== (r ? r[0] : text[b])) break;
    e = { a: a + 1, b: b + 1, insert: r ? r.slice(1) + text[b] : '' };
    variants.push(e);
  }
  return variants;
}

export type Outcome = 'right' | 'orphaned-survivor' | 'orphaned-damaged' | 'placed-damaged' | 'misplaced';

/** `images[0]` is where the generated edits put the highlight; the rest, equivalent edits. */
function judge(images: Image[], placed: { start: number; end: number; status: string }): Outcome {
  const [image] = images;
  if (placed.status === 'orphaned') return image.survived ? 'orphaned-survivor' : 'orphaned-damaged';
  const exactly = (i: Image) => i.survived && placed.start === i.start && placed.end === i.end;
  if (exactly(image) || (!image.survived && images.some(exactly))) return 'right';
  const onImage = (i: Image) =>
    !i.survived && placed.end > placed.start && 2 * Math.max(0, Math.min(placed.end, i.end) - Math.max(placed.start, i.start)) >= placed.end - placed.start;
  if (images.some(onImage)) return 'placed-damaged';
  return images.some(exactly) ? 'right' : 'misplaced';
}

function distinct(images: Image[]): Image[] {
  const seen = new Map<string, Image>();
  for (const i of images) seen.set(`${i.start}:${i.end}:${i.survived}`, seen.get(`${i.start}:${i.end}:${i.survived}`) ?? i);
  return [...seen.values()];
}

export type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

export interface Judged {
  outcome: Outcome;
  original: string;
  image: Image;
  placed: AnchorResult;
  edited: string;
}

/** Makes the highlights, applies the edits, re-anchors each highlight and judges where it went. */
export function runCase({ article, highlights, edits }: Case): Judged[] {
  const text = texts[article];
  const words = wordRanges(text);
  const ranges = highlights.map(([w, n]) => ({ start: words[w % words.length].start, end: words[Math.min(words.length - 1, (w % words.length) + n - 1)].end }));
  let images: Image[] = ranges.map((r) => ({ ...r, survived: true }));
  let alternatives: Image[][] = images.map((image) => [image]);
  let edited = text;
  for (const spec of edits) {
    const edit = makeEdit(article, edited, spec, images);
    const variants = equivalentEdits(edited, edit);
    edited = apply(edited, edit);
    images = images.map((image) => mapThrough(edit, image));
    alternatives = alternatives.map((set, i) => distinct([images[i], ...set.flatMap((image) => variants.map((v) => mapThrough(v, image)))]));
  }
  const editedHash = hashText(edited);
  return ranges.map((r, i) => {
    const target = { source: 'a', selectors: describeRange(text, r.start, r.end), textHash: hashText(text) };
    const placed = anchor(edited, target, { textHash: editedHash });
    const outcome: Outcome = edited === text ? 'right' : judge(alternatives[i], placed);
    return { outcome, original: text.slice(r.start, r.end), image: images[i], placed, edited };
  });
}
