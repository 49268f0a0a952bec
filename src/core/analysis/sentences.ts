import { ABBREVIATIONS, NUMBER_WORDS, STOPWORDS } from './lexicon.ts';

/** A half-open range [start, end) of an article's reading text. */
export interface Range {
  start: number;
  end: number;
}

const CLOSERS = '"\'”’»)]';
const OPENERS = '"\'“‘«([';

/**
 * Splits reading text into sentences. A period ends a sentence only when what follows can
 * start one and what precedes is not an abbreviation ("Mr.", "Jan."), an initial ("J. Smith",
 * "Nancy A.") or a dotted acronym followed by a name ("U.S. Treasury"). Line breaks always end a
 * sentence (headings, paragraphs). Ranges are trimmed of white space; they never cross a line.
 */
export function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: Range[]): void {
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // Take closing quotes/brackets and further punctuation into this sentence.
    let j = i + 1;
    while (j < to && (CLOSERS.includes(text[j]) || text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    if (j < to && !/\s/.test(text[j])) continue; // "U.S.-made", "3.5", "e.g.x"
    let k = j;
    while (k < to && /\s/.test(text[k])) k++;
    if (k >= to) break; // end of line ends the sentence anyway
    if (!canStartSentence(text, k)) continue;
    if (c === '.' && j === i + 1 && !endsSentenceAfterPeriod(text, from, i, k)) continue;
    pushTrimmed(text, start, j, out);
    start = k;
    i = k - 1;
  }
  pushTrimmed(text, start, to, out);
}

function canStartSentence(text: string, k: number): boolean {
  const ch = text[k];
  if (OPENERS.includes(ch)) return true;
  if (/\p{Lu}|\p{N}/u.test(ch)) return true;
  return false;
}

/** Decides whether the period at `dot` ends a sentence, given the next word starts at `next`. */
function endsSentenceAfterPeriod(text: string, lineStart: number, dot: number, next: number): boolean {
  let w = dot;
  while (w > lineStart && /[\p{L}\p{N}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot);
  if (word === '') return true;
  const lower = word.toLowerCase();
  // A single capital letter is an initial ("J. Smith", "Nancy A. Smith").
  if (/^\p{Lu}$/u.test(word)) return false;
  // "No." and "Nos." abbreviate a number only before one ("No. 3", "world No. 41"): "6,178 for
  // No. The council ..." ends a sentence on the word "No".
  if (NUMBER_SIGNS.has(lower)) return !/\p{N}/u.test(text[next] ?? '');
  if (ABBREVIATIONS.has(lower)) return false;
  // Dotted acronyms ("U.S.", "U.N.", "a.m."): a sentence ends only if a typical sentence opener
  // follows: a function word, or a number spelled out ("shortly after 8:15 a.m. Three of its
  // six carriages ..."), which no name begins with.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const nextWord = /^[\p{L}']+/u.exec(text.slice(next, next + 20))?.[0]?.toLowerCase() ?? '';
    return STOPWORDS.has(nextWord) || Object.hasOwn(NUMBER_WORDS, nextWord);
  }
  return true;
}

/** Abbreviations of "number": abbreviations only before a figure. */
const NUMBER_SIGNS = new Set(['no', 'nos']);

function pushTrimmed(text: string, start: number, end: number, out: Range[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
}

/**
 * Splits a sentence into clauses at semicolons, dashes ("--", "—", " – "), colons,
 * ", but"/", while"/", and" joints, any "but", and participle phrases (", urging ...",
 * ", suggesting ..."). A clause is the smallest passage a finding may quote, so a
 * long sentence that mixes two claims can be linked by the one that matters.
 */
export function splitClauses(text: string, sentence: Range): Range[] {
  const s = text.slice(sentence.start, sentence.end);
  const cuts: Array<[number, number]> = []; // [end of left clause, start of right clause]
  const re = /\s*(?:;|:(?=\s)|\s--\s|\s?—\s?|\s–\s|,\s+(?=(?:but|while|whereas|although|though|and|as|which|who|after|before|because|adding|saying|despite)\b)|,\s+(?=[a-z]+ing\s)|\s(?=but\s))\s*/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index === 0) continue;
    cuts.push([m.index, m.index + m[0].length]);
  }
  if (cuts.length === 0) return [sentence];
  const out: Range[] = [];
  let from = 0;
  for (const [leftEnd, rightStart] of cuts) {
    pushClause(text, sentence.start + from, sentence.start + leftEnd, out);
    from = rightStart;
  }
  pushClause(text, sentence.start + from, sentence.end, out);
  return mergeTiny(text, out);
}

function pushClause(text: string, start: number, end: number, out: Range[]): void {
  const before = out.length;
  pushTrimmed(text, start, end, out);
  if (out.length > before) {
    const r = out[out.length - 1];
    // Drop an unmatched trailing or leading quote mark so quotes read cleanly.
    while (r.end > r.start && /[,"“”]/.test(text[r.end - 1]) && !balanced(text.slice(r.start, r.end))) r.end--;
    while (r.end > r.start && /[“"]/.test(text[r.start]) && !balanced(text.slice(r.start, r.end))) r.start++;
    if (r.end <= r.start) out.pop();
  }
}

function balanced(s: string): boolean {
  const curlyOpen = (s.match(/“/g) ?? []).length;
  const curlyClose = (s.match(/”/g) ?? []).length;
  const straight = (s.match(/"/g) ?? []).length;
  return curlyOpen === curlyClose && straight % 2 === 0;
}

/** "Union leader Marek Dovan": ends in a name, and has no function word but an article (no "met on Monday"). */
function isNamePhrase(clause: string): boolean {
  const words = clause.split(/\s+/);
  return /^\p{Lu}/u.test(words[words.length - 1]) && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:the|a|an)$/i.test(w) || !STOPWORDS.has(w.toLowerCase()));
}

/** Clauses of one or two words are fragments ("he said"): fold them into their neighbour. */
function mergeTiny(text: string, clauses: Range[]): Range[] {
  const out: Range[] = [];
  for (const c of clauses) {
    const n = text.slice(c.start, c.end).split(/\s+/).length;
    if (n <= 3 && out.length > 0) out[out.length - 1] = { start: out[out.length - 1].start, end: c.end };
    else out.push({ ...c });
  }
  if (out.length > 1) {
    const first = out[0];
    const words = text.slice(first.start, first.end).split(/\s+/).length;
    // "Union leader Dmitri Yevchenko, speaking to strikers, said ...": a short subject ending in
    // a name, cut off by a participle, is not a clause of its own.
    const interrupted = words <= 5 && isNamePhrase(text.slice(first.start, first.end)) && /^[a-z]+ing\s/.test(text.slice(out[1].start, out[1].start + 40));
    if (words <= 3 || interrupted) {
      out.splice(0, 2, { start: first.start, end: out[1].end });
    }
  }
  return out;
}
