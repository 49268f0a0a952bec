/**
 * Times of day an event happened at, read from a sentence: "at 1.30am", "at about 3 a.m.",
 * "shortly before midnight on Friday", "about three in the morning on Saturday", "at twenty to
 * six in the morning", "at 21:15". Each becomes a span of minutes (the writer's rounding, or
 * the span "shortly before" allows) and, when one is named beside it, a weekday. Bounds ("by
 * 3pm", "until 6am", "between midnight and 4 a.m.") say when something ended or was due, not when
 * it happened, and are left out.
 */
import type { Sentence } from './model.ts';
import { perSentence } from './memo.ts';

export interface ClockTime {
  /** Article offsets of the time as written, with its modifier ("shortly before midnight"). */
  start: number;
  end: number;
  /** Minutes after midnight: the earliest and latest the wording allows (may pass 1440). */
  lo: number;
  hi: number;
  /** 0 (Sunday) to 6 (Saturday) when a weekday is named with the time; -1 otherwise. */
  day: number;
  /** "six o'clock", "twenty to six": morning or evening unknown, compared on a 12-hour dial. */
  twelveHour: boolean;
  /** A part of a day ("Sunday evening"), not a clock time: many things happen in one. */
  wide: boolean;
  /** The minute itself, for a time told with no "about" or "shortly" ("at 22:47"). */
  exactly?: number;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const HOUR = `(\\d{1,2}|${NUMBER_WORDS.slice(1).join('|')})`;
const MERIDIEM = `(a\\.m\\.?|am|p\\.m\\.?|pm)`;
const PART_OF_DAY = `(?:\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night)))`;
const MINUTES_PAST = `(five|ten|a\\s+quarter|quarter|twenty|twenty-five|half)\\s+(past|to)\\s+`;

/**
 * One pattern, alternatives by form. Groups: 1-4 "1.30am" (hour, minutes, meridiem); 5-6 "21:15";
 * 7-10 "three in the morning" / "eleven o'clock at night"; 11-15 "twenty to six (in the morning)";
 * 16 midnight / noon.
 */
const CLOCK = new RegExp(
  [
    `\\b(\\d{1,2})(?:[.:](\\d{2}))?\\s?${MERIDIEM}(?![a-z])()`,
    `(?<!\\d[:.])\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b(?![:.]\\d)`,
    `\\b${HOUR}(\\s+o['’]clock)?${PART_OF_DAY}`,
    `\\b${MINUTES_PAST}${HOUR}(?:${PART_OF_DAY})?`,
    `\\b(midnight|noon|midday)\\b`,
  ].join('|'),
  'gi',
);

/** Modifiers before a time: how wide its span is, or that it is a bound and no event time. */
const BEFORE_TIME = /(?:\b(not\s+until|shortly\s+before|just\s+before|shortly\s+after|just\s+after|soon\s+after|about|around|approximately|roughly|some|before|after|until|till|by|from|between|and|since|to|past)\s+(?:about\s+|around\s+)?)?(?:at\s+)?$/i;
const ATTRIBUTIVE = /(?:\b(?:the|a|an|his|her|their|its|our|my|your)|['’]s)\s+$/i;
const NOT_UNTIL = /\b(?:not|n't)\s+(?:\w+\s+){0,3}until\s+(?:about\s+|around\s+)?$/i;
const DAY_AFTER = /^\s*(?:on\s+)?(?:the\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const DAY_BEFORE = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*(?:at\s+)?(?:about\s+|around\s+|shortly\s+(?:before|after)\s+|just\s+(?:before|after)\s+)?$/i;

/**
 * A weekday's part ("on Sunday evening", "Monday morning"): a wide span, so only a time hours
 * outside it conflicts. Night runs past midnight into the next day's small hours.
 */
const DAY_PART = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+(morning|afternoon|evening|night)\b/gi;
const PART_SPAN: Record<string, [number, number]> = {
  morning: [5 * 60, 12 * 60],
  afternoon: [12 * 60, 18 * 60],
  evening: [17 * 60, 24 * 60],
  night: [19 * 60, 29 * 60],
};

/** Minutes an exact time may be off by another outlet's rounding. */
const EXACT = 10;
/** "about 3 a.m.", "shortly before midnight": half an hour. */
const ROUGH = 30;

export const clockTimes = perSentence(findClockTimes);

function findClockTimes(s: Sentence): ClockTime[] {
  const out: ClockTime[] = [];
  for (const m of s.text.matchAll(CLOCK)) {
    const at = parse(m);
    if (!at) continue;
    const before = s.text.slice(Math.max(0, m.index - 40), m.index);
    const mod = BEFORE_TIME.exec(before);
    const word = mod?.[1]?.toLowerCase().replace(/\s+/g, ' ') ?? '';
    // Bounds and ranges: "by 3pm", "until 6am", "between midnight and 4 a.m.", "20 past".
    // ("was not given until about 3 a.m." is when it was given.)
    const notUntil = word === 'until' && NOT_UNTIL.test(before);
    if (/^(?:before|after|until|till|by|from|between|and|since|to|past)$/.test(word) && !notUntil) continue;
    // "the 8 p.m. close of polls", "her 6am shift": a time that names a thing, not a moment.
    if (ATTRIBUTIVE.test(s.text.slice(Math.max(0, m.index - (mod?.[0].length ?? 0) - 12), m.index - (mod?.[0].length ?? 0)))) continue;
    let lo = at.minutes - EXACT;
    let hi = at.minutes + EXACT;
    const rough = /\b(?:about|around|approximately|roughly|some)\s+(?:at\s+)?$/i.test(mod?.[0] ?? '');
    if (word === 'shortly before' || word === 'just before') [lo, hi] = [at.minutes - ROUGH, at.minutes];
    else if (word === 'shortly after' || word === 'just after' || word === 'soon after') [lo, hi] = [at.minutes, at.minutes + ROUGH];
    else if (rough) {
      // As rough as the time is round: "about 3 a.m." half an hour either way, "about 8.30am" a
      // quarter, "about 8.15am" no more than an exact time's rounding.
      const slack = at.minutes % 60 === 0 ? ROUGH : at.minutes % 30 === 0 ? ROUGH / 2 : EXACT;
      [lo, hi] = [at.minutes - slack, at.minutes + slack];
    }
    const start = s.range.start + m.index - (mod?.[0].length ?? 0);
    const end = s.range.start + m.index + m[0].length;
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const dayWord = DAY_AFTER.exec(after)?.[1] ?? DAY_BEFORE.exec(before)?.[1];
    const day = dayWord ? WEEKDAYS.indexOf(dayWord.toLowerCase()) : -1;
    // A time told with nothing before it ("at 22:47", "at 01:05"), which says how it was rounded.
    const exactly = lo === at.minutes - EXACT && hi === at.minutes + EXACT ? at.minutes : undefined;
    out.push({ start, end, lo, hi, day, twelveHour: at.twelveHour, wide: false, exactly });
  }
  for (const m of s.text.matchAll(DAY_PART)) {
    const start = s.range.start + m.index;
    const end = start + m[0].length;
    // "at 11pm on Sunday night": the clock time says it more exactly.
    if (out.some((x) => x.start - 40 < end && start < x.end + 40)) continue;
    const before = s.text.slice(Math.max(0, m.index - 30), m.index);
    if (/\b(?:before|after|until|till|by|from|between|and|since|to|through|over)\s+(?:on\s+)?$/i.test(before)) continue;
    const [lo, hi] = PART_SPAN[m[2].toLowerCase()];
    out.push({ start, end, lo, hi, day: WEEKDAYS.indexOf(m[1].toLowerCase()), twelveHour: false, wide: true });
  }
  return out;
}

function hourOf(word: string): number {
  const n = NUMBER_WORDS.indexOf(word.toLowerCase());
  return n >= 0 ? n : Number(word);
}

/** Minutes after midnight of a match, or null when it is no time (a "13pm", a "25:00"). */
function parse(m: RegExpMatchArray): { minutes: number; twelveHour: boolean } | null {
  const pm = (x: string | undefined): boolean => /^p/i.test(x ?? '');
  const partPm = (part: string | undefined, night: string | undefined): boolean | null => (part ? !/morning/i.test(part) : night ? true : null);
  const twelve = (h: number, min: number, isPm: boolean | null): { minutes: number; twelveHour: boolean } | null => {
    if (h < 1 || h > 12 || min > 59) return null;
    if (isPm === null) return { minutes: (h % 12) * 60 + min, twelveHour: true };
    return { minutes: ((h % 12) + (isPm ? 12 : 0)) * 60 + min, twelveHour: false };
  };
  if (m[1] !== undefined) return twelve(Number(m[1]), Number(m[2] ?? 0), pm(m[3]));
  if (m[5] !== undefined) return { minutes: Number(m[5]) * 60 + Number(m[6]), twelveHour: false };
  if (m[7] !== undefined) return twelve(hourOf(m[7]), 0, partPm(m[9], m[10]));
  if (m[11] !== undefined) {
    const by = { five: 5, ten: 10, quarter: 15, 'a quarter': 15, twenty: 20, 'twenty-five': 25, half: 30 }[m[11].toLowerCase().replace(/\s+/g, ' ')] ?? 0;
    const h = hourOf(m[13]);
    const t = twelve(h, 0, partPm(m[14], m[15]));
    if (!t) return null;
    return { minutes: m[12].toLowerCase() === 'past' ? t.minutes + by : t.minutes - by, twelveHour: t.twelveHour };
  }
  if (m[16] !== undefined) return { minutes: /midnight/i.test(m[16]) ? 24 * 60 : 12 * 60, twelveHour: false };
  return null;
}

const WEEK = 7 * 1440;

/**
 * Minutes between two times' spans, 0 when they overlap. With a weekday on both, on the week,
 * which wraps as the dial does; otherwise on the dial (a day, or 12 hours when either leaves
 * morning or evening open):
 * "shortly before midnight" and "about 3 a.m." are three hours apart, not twenty-one.
 */
/**
 * Minutes an exact time may be off by its own rounding, read from how round it is: none to the
 * odd minute ("22:47"), a couple to five minutes ("01:05"), the general slack to the quarter.
 */
export function roundingOf(minutes: number): number {
  return minutes % 5 !== 0 ? 1 : minutes % 15 !== 0 ? 3 : EXACT;
}

export function minutesApart(x: ClockTime, y: ClockTime): number {
  const gap = (a: [number, number], b: [number, number]): number => Math.max(0, a[0] - b[1], b[0] - a[1]);
  // The week turns from Saturday to Sunday: "23:40 on Saturday" is 80 minutes before "1am on Sunday".
  const [at, dial] = x.day >= 0 && y.day >= 0 ? [1440, WEEK] : [0, x.twelveHour || y.twelveHour ? 720 : 1440];
  const [xFrom, yFrom] = [Math.max(x.day, 0) * at, Math.max(y.day, 0) * at];
  let best = Infinity;
  for (const shift of [-dial, 0, dial]) {
    best = Math.min(best, gap([xFrom + x.lo, xFrom + x.hi], [yFrom + y.lo + shift, yFrom + y.hi + shift]));
  }
  return best;
}
