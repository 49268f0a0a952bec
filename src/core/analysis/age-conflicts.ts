/**
 * Age conflicts: two reports give one named person two ages ("Vesna Kolar, 52, a teacher" /
 * "his wife Vesna Kollar, 53, was found"). Outlets copy ages from different sources and get
 * them wrong often; a reader comparing them wants the disagreement shown. The sentences share
 * little else, so the story's stated ages are compared directly, by person.
 *
 * A birthday can come between two reports: a one-year rise in a report written more than a
 * month after the other is not a conflict, nor are ages given more than a year apart.
 */
import { statedAgesIn, type StatedAge } from './age-descriptors.ts';
import { clauseContaining, type ConflictContext } from './conflict-helpers.ts';
import { explanation } from './explain.ts';
import type { SlotCandidate } from './slot-conflicts.ts';
import { daysApart } from './stories.ts';

/** Days within which an age one year higher cannot be explained by a birthday in between (an approximation). */
const BIRTHDAY_DAYS = 30;
const YEAR_DAYS = 366;

export function ageConflicts(storyDocs: number[], ctx: ConflictContext, seen: Set<string>, out: SlotCandidate[]): void {
  const byPerson = new Map<string, Array<StatedAge & { doc: number }>>();
  for (const d of storyDocs) {
    for (const x of statedAgesIn(ctx.docs[d], ctx.entityKind)) {
      const list = byPerson.get(x.person) ?? byPerson.set(x.person, []).get(x.person)!;
      list.push({ ...x, doc: d });
    }
  }
  for (const list of byPerson.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = list[i].doc < list[j].doc ? [list[i], list[j]] : [list[j], list[i]];
        if (x.doc === y.doc || x.age === y.age || !differentAges(ctx, x, y)) continue;
        const key = `${x.doc}:${x.sentence}|${y.doc}:${y.sentence}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const sx = ctx.docs[x.doc].sentences[x.sentence];
        const sy = ctx.docs[y.doc].sentences[y.sentence];
        const nx = { start: sx.tokens[x.first].start, end: sx.tokens[x.last].end };
        const ny = { start: sy.tokens[y.first].start, end: sy.tokens[y.last].end };
        const tx = ctx.docs[x.doc].article.text;
        const ty = ctx.docs[y.doc].article.text;
        out.push({
          a: { doc: x.doc, sentence: x.sentence },
          b: { doc: y.doc, sentence: y.sentence },
          conflict: {
            detail: explanation('quantity', tx.slice(nx.start, nx.end), ty.slice(ny.start, ny.end)),
            a: clauseContaining(sx, nx),
            b: clauseContaining(sy, ny),
            strength: 0.7,
            lasting: true,
          },
          alongside: true,
        });
      }
    }
  }
}

/** Two ages that cannot both be right when their reports were written. */
function differentAges(ctx: ConflictContext, x: StatedAge & { doc: number }, y: StatedAge & { doc: number }): boolean {
  const px = ctx.docs[x.doc].article.published;
  const py = ctx.docs[y.doc].article.published;
  const gap = daysApart(px, py);
  if (gap === null) return Math.abs(x.age - y.age) > 1;
  if (gap > YEAR_DAYS) return false;
  const [older, newer] = px! <= py! ? [x, y] : [y, x];
  return !(newer.age === older.age + 1 && gap > BIRTHDAY_DAYS);
}
