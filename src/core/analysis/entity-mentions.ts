/**
 * Finding name mentions in one sentence: runs of capitalised words, cut and trimmed to names
 * (titles, openers, modifiers and weekdays stripped; quoted titles and "X and Y Service" kept
 * whole), each with votes for its kind from its own words and its context ("said X", "X, 46,",
 * "X said it would", "X, a mountain town"). Grouping the mentions into names is left to
 * entity-groups.ts and entity-merge.ts.
 */

import type { EntityKind } from '../types.ts';
import { PERIODICALS, EVENT_HEADS, LEADER_TERMS, MONTHS, NAME_CONNECTORS, NAMED_EVENT_TYPES, ORG_DESIGNATORS, ORG_SUFFIXES, PLACE_PARTS, PLACE_PREPS, CONTRACTION_TAILS, PLACE_WORDS, REPORTING, STOPWORDS, TITLES, WEEKDAYS } from './lexicon.ts';
import { adjacentTokens, type Sentence } from './model.ts';
import type { Token } from './tokens.ts';
import { emptyVotes, type Gender, type Mention } from './entity-types.ts';
import { ACRONYM, adjacent, afterNamingCue, inHeadlineCase, isAfterOpener, isDemonymOfKnownPlace, isDemonymShaped, isNameToken, knownTitleEnd, ordinaryOpener, quotedTitleEnd, type Vocabulary } from './entity-vocabulary.ts';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady']);
const HONORIFIC_GENDER = new Map<string, Gender>([['mr', 'm'], ['sir', 'm'], ['lord', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['dame', 'f'], ['lady', 'f'], ['madam', 'f']]);
// Subject, possessive and reflexive pronouns: they point back to the sentence's person. An
// object ("thanked him") is most often someone else, so "him" is left out, and "her" counts
// only as an owner ("her former aide").
const PRONOUN_GENDER = new Map<string, Gender>([['he', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f']]);
const DESCRIPTIVE_COMPOUND = /^\p{Lu}\p{L}*(?:-[\p{L}\p{N}]+)*-\p{Ll}[\p{L}\p{N}]*$/u;

/** Offices that come right before a name ("Prime Minister X"). Modifiers alone do not count. */
const CORE_TITLES = new Set([...TITLES].filter((t) => !MODIFIER(t)));
function MODIFIER(t: string): boolean {
  return ['vice', 'prime', 'foreign', 'defense', 'defence', 'interior', 'treasury', 'national', 'security', 'state', 'senior', 'former', 'special', 'deputy', 'assistant', 'executive', 'chief', 'head'].includes(t);
}

export function findMentions(d: number, s: Sentence, vocab: Vocabulary, out: Mention[]): void {
  const from = out.length;
  collectMentions(d, s, vocab, out);
  if (out.length > from) tagGender(s, out, from);
  for (let n = from + 1; n < out.length; n++) {
    const gap = s.text.slice(s.tokens[out[n - 1].last].end - s.range.start, s.tokens[out[n].first].start - s.range.start);
    const cue = ALSO_NAMED.exec(gap);
    if (cue) out[n].alsoNamed = REAL_NAME_FOLLOWS.test(cue[1]) ? 'real' : 'alias';
    // "the Whale Whisperer herself, Ailsa Kelloway": a byname, then the name it stands for.
    else if (BYNAME_THEN_NAME.test(gap)) out[n].alsoNamed = 'real';
    else if (GIVEN_NEW_NAME.test(gap)) out[n].alsoNamed = 'alias';
    else if (definesAcronym(s, out[n - 1], out[n], gap)) out[n].alsoNamed = 'alias';
    else if (n - 1 > from && SUBJECT_NAMED.test(s.text.slice(s.tokens[out[from].last].end - s.range.start, s.tokens[out[n].first].start - s.range.start))) {
      // "The towering Grauhorn, where Matt came to grief, is known locally as the Widowmaker":
      // the name the sentence's subject goes by, past a clause between commas.
      out[n].alsoNamed = 'alias';
      out[n].namesBack = n - from;
    }
    sharedSurname(out[n - 1], out[n], gap, vocab);
    if (n + 1 < out.length) nicknameInside(s, out[n - 1], out[n], out[n + 1], gap);
  }
  for (let n = from; n < out.length; n++) {
    const after = s.text.slice(s.tokens[out[n].last].end - s.range.start);
    const before = s.text.slice(0, s.tokens[out[n].first].start - s.range.start);
    // ("The 61-year-old bungler, dubbed the Butcher of Brennock by relatives": a description with
    // no name before it in its sentence stands for the person named last before it.)
    if (DUBBED_PRONOUN.test(after) || PRONOUN_KNOWN_AS.test(before) || describedThenDubbed(s, out, from, n, before)) out[n].namesAntecedent = true;
  }
}

/**
 * A description with no name before it in its sentence, then the name it is given: "The 61-year-old
 * bungler, dubbed the Butcher of Brennock". A word in it that nothing marks as a name is no
 * name: "The Category 5 monster, dubbed "Mad Maren"" (but "The Ferrow Valley dam" is a place's).
 */
function describedThenDubbed(s: Sentence, out: Mention[], from: number, n: number, before: string): boolean {
  const d = DESCRIPTION_DUBBED.exec(before) ?? AGE_KNOWN_AS.exec(before);
  if (!d) return false;
  for (let k = from; k < n; k++) {
    const v = out[k].votes;
    if (s.tokens[out[k].first].start - s.range.start < d.index || v.person + v.place + v.organisation + v.other > 0) return false;
  }
  return true;
}

/** Between a byname and the name: "the Whale Whisperer herself, Ailsa Kelloway". */
const BYNAME_THEN_NAME = /^\s+(?:himself|herself),\s*$/;
/** Before a name, what makes it one a pronoun's person goes by: "where she is known as the Running Nurse". */
const PRONOUN_KNOWN_AS = /\b(?:he|she)\s+(?:is|was|has been|had been|became)\s+(?:(?:also|widely|better|affectionately|popularly|now|fondly)\s+)?(?:known\s+as|dubbed|nicknamed|called)(?:\s+the)?\s+['‘"“]?$/i;
/** After a name, what makes it one given to the person a pronoun refers to: ", as fans have dubbed him,". */
const DUBBED_PRONOUN = /^['’"”]?,\s*as\s+(?:[\p{L}'’]+\s+){0,3}?(?:dubbed|nicknamed|call|calls|called|know|knew)\s+(?:him|her)\b/iu;

/** A description in lower case, then the name it is given: "The 61-year-old bungler, dubbed the". */
const DESCRIPTION_DUBBED = /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){0,3}?\p{Ll}[\p{L}'’-]*\s*(?:,|—|–|\s-)\s*(?:(?:now|already|widely|affectionately|since)\s+)?(?:dubbed|nicknamed)(?:\s+the)?\s+['‘"“]?$/u;
/**
 * A bare age, which only a person is given, then the name that person goes by: "The 29-year-old,
 * known in the locker room as". (With a noun after it, the age may be a bridge's.)
 */
const AGE_KNOWN_AS = /\b[Tt]he\s+\p{N}+-year-old\s*,\s*(?:(?:also|widely|affectionately|better)\s+)?(?:dubbed|nicknamed|known\s+(?:(?:to|among|on|in|around)\s+(?:\p{Ll}[\p{L}'’]*\s+){0,2}?\p{Ll}[\p{L}'’]*\s+)?as)(?:\s+the)?\s+['‘"“]?$/u;
/** From a sentence's first name to another: a clause between commas, then "is known as". */
const SUBJECT_NAMED = /^,[^,;:.!?()]*,\s*(?:is|was|are|were|has been|have been)\s+(?:(?:also|locally|widely|better|popularly|affectionately|often)\s+)?(?:known\s+(?:locally\s+|widely\s+)?as|dubbed|nicknamed)(?:\s+the)?\s+['‘"“]?$/i;

/**
 * "Julian and Fenna Garrard": a first name before "and" and a full name shares its surname, when
 * the library also writes the two side by side ("her son Julian Garrard"). So "Julian" here is
 * Julian Garrard, not another Julian of the story ("Ukraine and South Korea" is never written
 * "Ukraine Korea").
 */
function sharedSurname(first: Mention, full: Mention, gap: string, vocab: Vocabulary): void {
  if (gap !== ' and ' || first.parts.length !== 1 || full.parts.length !== 2) return;
  const surname = full.parts[1];
  if (vocab.namePairs.has(`${first.parts[0]} ${surname}`)) first.parts = [first.parts[0], surname];
}

/**
 * "Lenny “The Mole” Stallord": a first name, a quoted nickname, then a surname. The first name
 * is the surname's (the nickname joins the surname's group as a nickname before a name).
 */
function nicknameInside(s: Sentence, first: Mention, nick: Mention, surname: Mention, gap: string): void {
  if (!nick.nickname || first.parts.length !== 1 || surname.parts.length !== 1 || surname.first !== nick.last + 1 || !/^ ["“]$/.test(gap)) return;
  first.parts = [first.parts[0], surname.parts[0]];
  // The name as the report writes it in full, nickname and all.
  first.surface = s.text.slice(s.tokens[first.first].start - s.range.start, s.tokens[surname.last].end - s.range.start);
}

/**
 * "the Maravellan Judicial Police (PJM)": an acronym in brackets right after a body's name is
 * its short form even where its letters keep another language's order ("Policía Judicial ...").
 * Most of its letters must be the name's initials, so a dateline's credit ("NEW YORK (AP)") is not.
 */
function definesAcronym(s: Sentence, name: Mention, acronym: Mention, gap: string): boolean {
  if (gap.trim() !== '(' || name.parts.length < 2 || acronym.parts.length !== 1) return false;
  if (!/^\p{Lu}{2,6}$/u.test(acronym.surface) || /^[^\p{Ll}]+$/u.test(name.surface)) return false;
  if (s.text[s.tokens[acronym.last].end - s.range.start] !== ')') return false;
  const initials = new Set(name.parts.map((p) => p[0]));
  const letters = [...acronym.surface.toLowerCase()];
  if (letters.filter((l) => initials.has(l)).length >= Math.max(2, letters.length - 1)) return true;
  // A code taken from the name's letters in their order, from its first: "Fennick Airport (FNK)".
  const spelled = name.parts.join('');
  let at = 0;
  for (const l of letters) {
    at = spelled.indexOf(l, at) + 1;
    if (at === 0) return false;
  }
  return letters[0] === spelled[0] && letters.length >= 3;
}

/**
 * "Halvorsen-Korda's riders": capitalised words joined by a hyphen (the tokeniser splits them,
 * for "the Trump-Putin summit") are one name when the library never writes either alone. So
 * the team "Halvorsen-Korda" is "Halvorsen Korda" as another outlet spaces it, while two names
 * each seen alone elsewhere stay two.
 */
function doubleBarrelled(s: Sentence, a: Token, b: Token, vocab: Vocabulary): boolean {
  // ("Sen. Rick Scott, R-Fla.": a party's letter and a state are no name.)
  if (b.start !== a.end + 1 || s.text[a.end - s.range.start] !== '-' || !isNameToken(b) || a.text.length < 2) return false;
  // (Or the library gives the pair as a nickname somewhere: "dubbed ROBO-LUKE", though "Luke" stands alone too.)
  return (!vocab.standalone.has(a.lower) && !vocab.standalone.has(b.lower)) || vocab.nicknames.has(`${a.lower}-${b.lower}`);
}

/** Words that make "in" before a name a holding in a body, not a place: "shares in Quillon", "a stake in X". */
const HOLDING_IN = new Set(['shares', 'share', 'stake', 'stakes', 'shareholding', 'holding', 'holdings', 'invested', 'investing', 'invest', 'investment', 'investments', 'investor', 'investors']);

/**
 * Words that make "to" before a name something other than a direction: a source or a cause
 * ("according to X", "people close to X"), or a recipient ("payments to Seldra", "awarded to X",
 * "sold to X").
 */
const NON_PLACE_TO = new Set(['according', 'close', 'closer', 'thanks', 'due', 'owing', 'payment', 'payments', 'paid', 'pay', 'awarded', 'sold', 'owed', 'loaned', 'loan', 'loans', 'donated', 'donation', 'donations', 'granted', 'handed', 'letter', 'letters']);

/**
 * Between two names of one person: "Velour, whose real name is Liska Marenova", "X, who performs
 * as Y", "X, writing as Y" (a pen name or an online handle), "Anton Velikov - dubbed 'Iron Anton'
 * by grateful families"; an age may stand between ("Jules, 52 - real name Julian Morlund"), and a
 * short description before a nickname ("Oleksandr Rusnak, 55, a pet-shop tycoon dubbed the Lizard
 * King").
 */
const ALSO_NAMED = /^(?:['’]s)?(?:,\s*\d{1,3})?\s*(?:,|\(|—|–|\s-)\s*(?:(?:an?|the)\s+(?:(?!of\s)[\p{L}\p{N}'’-]+\s+){1,3}?(?=(?:affectionately |widely |since |now |already |better |also |locally |popularly )?(?:dubbed|nicknamed|branded|known)\s))?(whose real name is|real name|born|n[ée]e|who performs as|who goes by|(?:who )?(?:writes|writing|posts|posting|blogs|blogging) (?:online )?(?:as|under the (?:name|alias|pseudonym|handle))|who is known as|(?:better |also |locally |widely |popularly )?known (?:locally |widely |popularly |(?:to|among|on|in|around) (?:[a-z'’]+ ){0,2}?[a-z'’]+ )?as(?: the)?|(?:adored|loved|revered|celebrated|hailed|cherished) (?:by|to|among) (?:[a-z'’]+ ){0,2}?[a-z'’]+ as(?: the)?|aka|a\.k\.a\.|(?:affectionately |widely |since |now |already )?(?:dubbed|nicknamed|branded)(?: the)?)\s+['‘"“]?(?:the\s+)?$/iu;
/** A name given in the sentence's own verb: "X has a new name - Y -", "X earned the nickname 'Y'". */
const GIVEN_NEW_NAME = /^\s+(?:now\s+)?(?:has|had|have|earned|gets|got|acquired|won)\s+(?:a|the|another)\s+(?:new\s+)?(?:name|nickname|moniker)\s*[-–—:,]?\s*['‘"“]?$/i;
/** The cues after which the real name comes second. */
const REAL_NAME_FOLLOWS = /^(?:whose real name is|real name|born|n[ée]e)$/i;

/**
 * Letters after a person's name, written as they are (case matters: "Ms" is no "MS"): a
 * barrister's rank, a judge's style in English courts ("Fenwick J", "Harlow LJ"), a seat,
 * an honour, a degree, a generation.
 */
const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'J', 'LJ', 'CJ', 'MP', 'MEP', 'MSP', 'MLA', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'Jr', 'Sr']);

/** Words of travel before "from" and a place: "the journey from X", "flew in from X". */
const TRAVEL = /^(?:journey|trip|drive|flight|travel(?:l?ed|s)?|drove|flew|fled|came|arrived|commuted?|in|over|down|up|back)$/;

/** The word between the parties of a lawsuit's name: "Marlowe v Corvane News Group". */
const CASE_PARTIES = new Set(['v', 'vs', 'versus']);

/** Words before a month that make it a date ("in April"). */
const TIME_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'during', 'last', 'next', 'early', 'late', 'mid', 'through', 'before', 'after']);

/**
 * A person's gender, where the sentence shows it: a courtesy title before the name ("Ms
 * Brenko"), else the first gendered pronoun after it, before another person is named ("Anna
 * Brenko quit over a contract handed to her former aide"). Two people of one surname in one
 * article are told apart by it.
 */
function tagGender(s: Sentence, out: Mention[], from: number): void {
  const toks = s.tokens;
  for (let n = from; n < out.length; n++) {
    const m = out[n];
    const title = HONORIFIC_GENDER.get(toks[m.first - 1]?.lower.replace(/\.$/, '') ?? '');
    if (title) {
      m.gender = title;
      m.titleGender = true;
      continue;
    }
    if (m.votes.organisation + m.votes.place > m.votes.person) continue;
    let next = n + 1;
    for (let k = m.last + 1; k < toks.length; k++) {
      while (next < out.length && out[next].last < k) next++;
      const other = out[next];
      if (other && other.first <= k) {
        if (other.votes.person > 0 || (other.parts.length > 1 && other.votes.organisation + other.votes.place === 0)) break;
        continue;
      }
      const g = PRONOUN_GENDER.get(toks[k].lower);
      if (g && (toks[k].lower !== 'her' || (toks[k + 1] !== undefined && !toks[k + 1].cap && !toks[k + 1].stop))) {
        m.gender = g;
        break;
      }
    }
  }
}

function collectMentions(d: number, s: Sentence, vocab: Vocabulary, out: Mention[]): void {
  const toks = s.tokens;
  let i = 0;
  while (i < toks.length) {
    if (!isNameToken(toks[i])) {
      i++;
      continue;
    }
    const title = Math.max(quotedTitleEnd(s, i), knownTitleEnd(s, i, vocab));
    if (title > i) {
      pushMention(d, s, i, title, emptyVotes(), out);
      if (quotedBeforeName(s, i, title)) out[out.length - 1].nickname = true;
      i = title + 1;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length && (!toks[j].possessive || pluralOwnerInName(s, j) || (saintOwner(s, j) && isNameToken(toks[j + 1]) && /^['’]s $/.test(s.text.slice(toks[j].end - s.range.start, toks[j + 1].start - s.range.start))))) {
      if (toks[j].possessive) {
        j++;
        continue;
      }
      const next = toks[j + 1];
      // A capitalised function word inside a run is headline case ("Talks With Lopez Over ..."): break there.
      if (isNameToken(next) && adjacent(s, toks[j], next) && !headlineFunctionWord(next) && !headlineFunctionWord(toks[j])) {
        j++;
        continue;
      }
      if (doubleBarrelled(s, toks[j], next, vocab)) {
        j++;
        continue;
      }
      // "Vantierre & Sons", "Marrow & Pike": an ampersand joins two capitalised words into one name.
      if (isNameToken(next) && /^\s?&\s?$/.test(s.text.slice(toks[j].end - s.range.start, next.start - s.range.start))) {
        j++;
        continue;
      }
      // So does "and" between the words the library also joins with "&": "Ember and Oak" is "Ember & Oak".
      if (next.lower === 'and' && toks[j + 2] && isNameToken(toks[j + 2]) && vocab.ampersandPairs.has(`${toks[j].lower} ${toks[j + 2].lower}`) && adjacent(s, toks[j], next) && adjacent(s, next, toks[j + 2])) {
        j += 2;
        continue;
      }
      // "Secretary of State", "Bay of Bengal": a connector between two capitalised words
      // ("for" only after a body's head: "Institute for Snow and Avalanche Research").
      const after = toks[j + 2];
      if (
        after && NAME_CONNECTORS.has(next.lower) && !['and', 'the'].includes(next.lower) && (next.lower !== 'for' || ORG_SUFFIXES.has(toks[j].lower)) &&
        (next.lower !== 'of' || joinsWithOf(toks[j].lower) || (j === i && (commonNounHead(s, j, vocab) || afterNamingCue(s, j)))) &&
        isNameToken(after) && adjacent(s, toks[j], next) && adjacent(s, next, after)
      ) {
        j += 2;
        continue;
      }
      // "Westmark Forestry and Fire Service", "Food and Drug Administration": an "and" inside one
      // body's name, which the words after it close with an organisation's head.
      // (Not after a body's head, which ends a name of its own: "the Tellan Bank and Oversight
      // Commission" are two; a head alone names nothing, so "Securities and Investment Oversight
      // Commission" is one.)
      const closed = next.lower === 'and' && (!ORG_SUFFIXES.has(toks[j].lower) || j === i) && adjacent(s, toks[j], next) ? Math.max(orgNameAfterAnd(s, j + 2), remitAfterAnd(s, i, j + 2, vocab), spelledByAcronym(s, i, j + 2)) : -1;
      if (closed > 0) {
        j = closed;
        continue;
      }
      break;
    }
    if (numberedName(s, i, j, vocab)) j++;
    const before = out.length;
    // Two names side by side ("offer Norway UN membership"): split when each stands alone
    // elsewhere, unless the last names a club or company ("Rovenna Athletic", called "Athletic"
    // and "Rovenna" for short, is still one name).
    const all = toks.slice(i, j + 1);
    const designated = ORG_DESIGNATORS.has(toks[j].lower) || ORG_SUFFIXES.has(toks[j].lower);
    // Not after a title or occupation ("actor Tomas Quillen"): a tabloid calls him "Tomas" and
    // "Quillen" apart, yet those two words are one man's name.
    const introduced = i > 0 && !toks[i - 1].cap && TITLES.has(toks[i - 1].lower);
    const acronymInside = all.some((t) => ACRONYM.test(t.text));
    if (all.length > 1 && !designated && !introduced && acronymInside && all.every((t) => vocab.standalone.has(t.lower) && !TITLES.has(t.lower))) {
      for (let k = i; k <= j; k++) addRun(d, s, k, k, vocab, out);
    } else {
      addRun(d, s, i, j, vocab, out);
    }
    if (out.length === before + 1 && quotedBeforeName(s, i, j)) out[before].nickname = true;
    i = j + 1;
  }
}

/**
 * A function word capitalised as in a headline. A contraction's tail never stands alone in
 * prose, so capitalised it is a name's word: "Caldmoor Re" (a reinsurer), "Harry S Truman".
 */
function headlineFunctionWord(t: Token): boolean {
  return STOPWORDS.has(t.lower) && !CONTRACTION_TAILS.has(t.lower);
}

/**
 * "the doomed Corvane 1": a name and a number that the library also writes joined, "Corvane-1",
 * are one name (not "United 2 Rovers 1", which no one hyphenates). So is a lone capitalised
 * common noun and its number where the phrase ends there: "at Gate 4," "Terminal 5." (not "a
 * Category 5 storm", a grade, nor "City 1 Rovers 2", a score).
 */
function numberedName(s: Sentence, i: number, j: number, vocab: Vocabulary): boolean {
  const name = s.tokens[j];
  const next = s.tokens[j + 1];
  if (!next?.isNumber || !/^\d{1,4}$/.test(next.text) || name.possessive || s.text.slice(name.end - s.range.start, next.start - s.range.start) !== ' ') return false;
  if (vocab.capitalised.get(name.lower.slice(0, 4))?.has(`${name.lower}-${next.text}`) === true) return true;
  return i === j && i > 0 && !isAfterOpener(s, i) && labelNoun(name, vocab) && phraseEndsAfter(s, j + 1);
}

/** A common noun ("gate", "route") the library writes in lower case, not a month or weekday. */
function labelNoun(t: Token, vocab: Vocabulary): boolean {
  return (vocab.lower.has(t.lower) || vocab.lowerNorms.has(t.norm)) && !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower) && !STOPWORDS.has(t.lower);
}

/** Punctuation or the sentence's end right after token k. */
function phraseEndsAfter(s: Sentence, k: number): boolean {
  const after = s.tokens[k + 1];
  return !after || /[,;:.!?()—–]/.test(s.text.slice(s.tokens[k].end - s.range.start, after.start - s.range.start));
}

/** Tokens i..j stand in quotation marks with a name right after: "“Rocket Rado” Kvesel". */
function quotedBeforeName(s: Sentence, i: number, j: number): boolean {
  const toks = s.tokens;
  const next = toks[j + 1];
  if (!next || !isNameToken(next)) return false;
  const opening = s.text.slice(i > 0 ? toks[i - 1].end - s.range.start : 0, toks[i].start - s.range.start);
  const closing = s.text.slice(toks[j].end - s.range.start, next.start - s.range.start);
  return /["“]$/.test(opening) && /^["”] $/.test(closing);
}

/** "St Oriel's", "Saint Mary's": a saint's name in the possessive. */
function saintOwner(s: Sentence, k: number): boolean {
  const prev = s.tokens[k - 1];
  return k > 0 && s.tokens[k].possessive && (prev.lower === 'st' || prev.lower === 'saint' || prev.lower === 'st.') && adjacent(s, prev, s.tokens[k]);
}

/**
 * A plural possessive inside a body's name, which goes on to the body's head within three
 * capitalised words: "Chemical Workers' Union", "Hospitality Workers' Benevolent Fund".
 */
function pluralOwnerInName(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  const next = s.tokens[k + 1];
  if (!t.possessive || next?.cap !== true || !headWithin(s, k + 1)) return false;
  const gap = s.text.slice(t.end - s.range.start, next.start - s.range.start);
  // "Children's Hospital", "Women's League": plurals that take "'s".
  return (/s$/.test(t.text) && /^['’] $/.test(gap)) || (IRREGULAR_PLURALS.has(t.lower) && /^['’]s $/.test(gap));
}
const IRREGULAR_PLURALS = new Set(['children', 'women', 'men', 'people']);

/** A body's head among the (up to three) adjacent capitalised words from `from`. */
function headWithin(s: Sentence, from: number): boolean {
  const toks = s.tokens;
  for (let k = from; k < from + 3 && toks[k]?.cap && !toks[k].possessive; k++) {
    if (k > from && !adjacent(s, toks[k - 1], toks[k])) return false;
    if (ORG_SUFFIXES.has(toks[k].lower)) return true;
  }
  return false;
}

/**
 * The last index of a run of up to three adjacent capitalised words from `from` that ends in an
 * organisation's head ("Fire Service"), or -1.
 */
function orgNameAfterAnd(s: Sentence, from: number): number {
  const toks = s.tokens;
  for (let k = from; k < from + 3 && k < toks.length && isNameToken(toks[k]) && !STOPWORDS.has(toks[k].lower); k++) {
    if (k > from && !adjacent(s, toks[k - 1], toks[k]) && !pluralOwnerInName(s, k - 1)) break;
    if (ORG_SUFFIXES.has(toks[k].lower) && k > from) return k;
    if (toks[k].possessive && !pluralOwnerInName(s, k)) break;
  }
  return -1;
}

/**
 * "the Alvessian Institute for Snow and Avalanche Research (AISAR)": words after "and" that the
 * acronym right after them spells, with the words before, letter for letter. Returns the last
 * word's index, or -1.
 */
function spelledByAcronym(s: Sentence, runStart: number, from: number): number {
  const toks = s.tokens;
  for (let k = from; k < from + 3 && k < toks.length && isNameToken(toks[k]) && !STOPWORDS.has(toks[k].lower); k++) {
    if (k > from && !adjacent(s, toks[k - 1], toks[k])) return -1;
    const acronym = toks[k + 1];
    if (!acronym || !ACRONYM.test(acronym.text) || s.text.slice(toks[k].end - s.range.start, acronym.start - s.range.start) !== ' (') continue;
    let initials = '';
    for (let m = runStart; m <= k; m++) if (toks[m].cap && !NAME_CONNECTORS.has(toks[m].lower)) initials += toks[m].lower[0];
    return initials === acronym.lower ? k : -1;
  }
  return -1;
}

/**
 * "Ministry of Infrastructure and Transport", "Department of Health and Human Services": a
 * body's remit, listed after "of" or "for", goes on past "and" through capitalised words the library
 * also writes in lower case, common nouns (so "the Ministry of Defence and Ukraine" stops), up
 * to the first word in lower case. Returns the remit's last index, or -1.
 */
function remitAfterAnd(s: Sentence, runStart: number, from: number, vocab: Vocabulary): number {
  const toks = s.tokens;
  let remit = false;
  for (let k = runStart + 1; k < from - 1; k++) if ((toks[k].lower === 'of' || toks[k].lower === 'for') && ORG_SUFFIXES.has(toks[k - 1].lower)) remit = true;
  if (!remit || !adjacent(s, toks[from - 1], toks[from] ?? toks[from - 1])) return -1;
  let k = from;
  while (k < from + 3 && k < toks.length && isNameToken(toks[k]) && !STOPWORDS.has(toks[k].lower) && (vocab.lower.has(toks[k].lower) || vocab.lowerNorms.has(toks[k].norm)) && !ACRONYM.test(toks[k].text)) {
    if (k > from && !adjacent(s, toks[k - 1], toks[k])) break;
    if (toks[k].possessive) return -1;
    k++;
  }
  if (k === from) return -1;
  // The remit ends the name: a capitalised word right after it would make it a list of names.
  const after = toks[k];
  return after && isNameToken(after) && adjacent(s, toks[k - 1], after) ? -1 : k - 1;
}

/** "Secretary of State", "Bay of Bengal", "Tour of Dravik", "United States of America" join; "X Y of Z" (a person of a place) does not. */
function joinsWithOf(left: string): boolean {
  return TITLES.has(left) || ORG_SUFFIXES.has(left) || PLACE_WORDS.has(left) || EVENT_HEADS.has(left);
}

/**
 * "the Tour of Dravik", "the Festival of Lights": a common noun (one the library also writes in
 * lower case) capitalised mid-sentence heads the name it opens with "of", as does a nickname's
 * first word ("dubbed the Hero of Ostry Road"). A name before "of"
 * ("Putin of Russia") or a noun opening the sentence ("Residents of Brana") does not.
 */
function commonNounHead(s: Sentence, j: number, vocab: Vocabulary): boolean {
  const t = s.tokens[j];
  return j > 0 && !isAfterOpener(s, j) && !inHeadlineCase(s) && vocab.lower.has(t.lower) && !STOPWORDS.has(t.lower);
}

function addRun(d: number, s: Sentence, first: number, last: number, vocab: Vocabulary, out: Mention[]): void {
  const toks = s.tokens;
  let a = first;
  // "Earlier Wednesday": a weekday closing a run is a time, not part of a name (months are not
  // stripped: "Theresa May", "Harriet June").
  while (last > first && WEEKDAYS.has(toks[last].lower)) last--;
  // "Jasper Quayle KC", "Fenwick J", "Ada Brunn MP": letters after a person's name are an
  // honour or an office, no part of the name, and only a person bears them.
  let postNominal = false;
  while (last > first && POST_NOMINALS.has(toks[last].text)) {
    last--;
    postNominal = true;
  }
  // A capitalised common word opening a sentence (or following a quote) is not a name.
  const headline = inHeadlineCase(s);
  // A storm's or an operation's kind opens its name ("Cyclone Maren", "Hurricane Ida"), even
  // where the library writes the word in lower case ("the cyclone").
  const namedEvent = (k: number): boolean => k < last && NAMED_EVENT_TYPES.has(toks[k].lower);
  while (a <= last && !namedEvent(a) && (STOPWORDS.has(toks[a].lower) || REPORTING.has(toks[a].lower) || ((a === 0 || headline || isAfterOpener(s, a)) && ordinaryOpener(toks[a], vocab, a === last, a < last ? toks[a + 1] : undefined)))) a++;
  // "Mum-of-two Hana Moravec", "Father-of-three X": a capitalised compound whose last part is
  // lower case describes the person who follows; a name's compounds capitalise every part
  // ("Jean-Luc", "Rimsky-Korsakov", "Stratford-upon-Avon").
  while (a < last && DESCRIPTIVE_COMPOUND.test(toks[a].text)) a++;
  // Inside a run it ends one name and opens the next: "the Orvane Islands-flagged MT Serafine
  // Crest" is a flag's place, then the ship.
  for (let k = last - 1; k > a; k--) {
    if (!DESCRIPTIVE_COMPOUND.test(toks[k].text)) continue;
    pushMention(d, s, a, k - 1, emptyVotes(), out);
    a = k + 1;
    break;
  }
  // "On Sunday Vee broke her silence", "in April Velour called off two shows": a day or month
  // opening a run is when, not who (a month after a preposition: "April Ryan" is a name). After
  // "the" a weekday opens a title: "the Sunday Sentinel".
  while (a < last && ((WEEKDAYS.has(toks[a].lower) && !(toks[a - 1]?.lower === 'the' && PERIODICALS.has(toks[a].lower))) || (MONTHS.has(toks[a].lower) && a > 0 && TIME_PREPOSITIONS.has(toks[a - 1].lower)))) a++;
  if (a > last) return;
  const votes = emptyVotes();
  if (postNominal) votes.person += 2;
  // Named events are neither people nor places, whatever their names look like.
  if (namedEvent(a) || (toks[a].lower === 'tropical' && namedEvent(a + 1))) {
    votes.other += EVENT_VOTE;
    pushMention(d, s, a, last, votes, out);
    return;
  }
  // Titles: keep only what follows the last office word ("Deputy Foreign Minister of X Y Z" -> "Y Z").
  let lastTitle = -1;
  // A run that ends in an institution's head ("Orlan General Hospital", "Marshal Court") names
  // the institution: its title-shaped words are part of that name, not an office before a person.
  const institution = ORG_SUFFIXES.has(toks[last].lower) && !toks[last].possessive;
  // Nor is a title-shaped word right before an institution's head ("Major League Baseball").
  const office = (k: number): boolean => CORE_TITLES.has(toks[k].lower.replace(/\.$/, '')) && !ORG_SUFFIXES.has(toks[k + 1]?.lower ?? '');
  // Nor a nickname's ("dubbed Professor Photoshop"): the title is part of the name given.
  const nickname = afterNamingCue(s, a);
  if (!institution && !nickname) for (let k = a; k < last; k++) if (office(k) || remitChief(toks, a, k)) lastTitle = k;
  if (lastTitle >= 0) {
    // Prefix words that are neither titles nor modifiers are a name of their own ("UN" in "UN Secretary General").
    const prefix: number[] = [];
    for (let k = a; k < lastTitle; k++) if (!TITLES.has(toks[k].lower) && !isDemonymShaped(toks[k].lower) && !NAME_CONNECTORS.has(toks[k].lower)) prefix.push(k);
    if (prefix.length > 0 && prefix.every((k, n) => n === 0 || k === prefix[n - 1] + 1)) {
      pushMention(d, s, prefix[0], prefix[prefix.length - 1], emptyVotes(), out);
    }
    a = lastTitle + 1;
    a = pastOccupation(toks, a, last, vocab);
    // "Secretary of State Marco Rubio", "Minister of Foreign Affairs Sergei Lavrov".
    // "the Governor of Texas": the office's remit alone, no holder named.
    const remitOnly = a < last && toks[a].lower === 'of' && a + 1 === last;
    if (a <= last && toks[a].lower === 'of' && a + 1 < last) a = afterRemit(toks, a + 1, last, vocab);
    else if (remitOnly) a++;
    if (!remitOnly) votes.person += 3;
  } else if (first >= 2 && (remitContinues(toks, first) || (REMIT_TITLES.has(toks[first - 2].lower) && /^(?:for|of)$/.test(toks[first - 1].lower))) && !ORG_SUFFIXES.has(toks[last].lower) && !PLACE_WORDS.has(toks[last].lower)) {
    // "Minister for Civil Protection Margit Eskeland": the office's remit, then the holder.
    const b = afterRemit(toks, a, last, vocab);
    if (b > a) votes.person += 3;
    a = b;
  } else {
    // Strip leading modifiers/demonyms ("Kenyan", "Former"). A word shaped like a demonym is one
    // only if the library writes its place or uses it alone ("Norwegian officials"): "Morgan",
    // "Brennan" and "Corran" open names.
    // Nor one the library writes as a place ("in Corran": "Corran Rovers" is the town's club).
    const modifier = (w: string): boolean => TITLES.has(w) || (isDemonymShaped(w) && ((vocab.standalone.has(w) && !vocab.placed.has(w)) || isDemonymOfKnownPlace(w, vocab)));
    while (a < last && !nickname && modifier(toks[a].lower) && !ORG_SUFFIXES.has(toks[last].lower) && !ORG_SUFFIXES.has(toks[a + 1].lower) && !PLACE_WORDS.has(toks[last].lower)) a++;
    if (a > 0 && TITLES.has(toks[a - 1].lower)) a = pastOccupation(toks, a, last, vocab);
  }
  if (a > last) return;
  // An all-title run ("President") or a lone demonym is not a name.
  if (a === last && (TITLES.has(toks[a].lower) || MONTHS.has(toks[a].lower) || WEEKDAYS.has(toks[a].lower))) return;
  if (a === last && isDemonymOfKnownPlace(toks[a].lower, vocab) && lastTitle < 0) {
    const next = toks[a + 1];
    if (!next || !next.cap) return; // "Kenyan officials", "the Norwegians": adjectives and peoples
  }
  // Context votes for the kind.
  const prev = toks[a - 1] ?? (lastTitle >= 0 ? undefined : toks[first - 1]);
  if (prev && !prev.cap && CORE_TITLES.has(prev.lower)) votes.person += 2;
  // "Mr Herrel", "Ms Dukovic": a courtesy title is only ever a person's.
  if (prev && HONORIFICS.has(prev.lower.replace(/\.$/, ''))) votes.person += 2;
  // "the Sunday Sentinel", "the Evening Post": a periodical's title.
  if (prev?.lower === 'the' && last > a && PERIODICALS.has(toks[a].lower)) votes.organisation += 1;
  // "at" also comes before employers and venues ("works at X", "a strike at X"): half a vote.
  // Not an owner: "officials in Herrel's party" are in the party (a place's own possessive,
  // "in Kessel's old town", is written plain elsewhere).
  // ("According to X", "thanks to X": a source or a cause, not where.)
  // ("judgment in Marlowe v Corvane": a case, named by its parties.)
  const notWhere = (prev?.lower === 'to' && NON_PLACE_TO.has(toks[a - 2]?.lower ?? '')) || (prev?.lower === 'in' && HOLDING_IN.has(toks[a - 2]?.lower ?? '')) || CASE_PARTIES.has(toks[last + 1]?.lower ?? '');
  if (prev && PLACE_PREPS.has(prev.lower) && !toks[last].possessive && !notWhere) votes.place += prev.lower === 'at' ? 0.5 : 1;
  // "on the outskirts of X", "in the centre of X".
  if (prev?.lower === 'of' && PLACE_PARTS.has(toks[a - 2]?.lower ?? '') && toks[a - 3]?.lower === 'the') votes.place += 1;
  if (mountainNamed(s, a, last)) votes.place += 1;
  // "the market town of Pellham", "the village of Marrick": a settlement's name.
  if (prev?.lower === 'of' && SETTLEMENTS.has(toks[a - 2]?.lower ?? '') && !toks[a - 2].cap && !ORG_SUFFIXES.has(toks[last].lower)) votes.place += 1;
  const next = toks[last + 1];
  const commaNext = next !== undefined && /^,\s+$/.test(s.text.slice(toks[last].end - s.range.start, next.start - s.range.start));
  // A dateline: the article opens with where it was filed, in capitals ("LINDHAVEN, Vessaly (OPA) —").
  if (s.index === 0 && a === 0 && commaNext && toks.slice(a, last + 1).every((t) => t.text.length > 1 && t.text === t.text.toUpperCase())) votes.place += 1.5;
  // Its region or country after the comma.
  else if (a === first && datelineRegion(s, a, last)) votes.place += 1.5;
  // "For Rendall, where the steelworks employs 3,400 people": a single word with "where" after it is somewhere.
  if (a === last && commaNext && next.lower === 'where') votes.place += 1;
  // "the Kaldera range", "the Kaldera region": a name before a lower-case word for land.
  // (Not a verb spelled as one: "Dr Caloway states that".)
  if (next && !next.cap && a === last && ((PLACE_WORDS.has(next.lower) && !VERB_SHAPED_PLACE_WORDS.has(next.lower)) || LAND_NOUNS.has(next.lower))) votes.place += 1;
  if (next && REPORTING.has(next.lower) && last > a) votes.person += 1;
  // "said Lorraine Beck", "pharmacist Owen Tranter", "Ines Halloran, who ...": a full name
  // after a reporting verb or a lower-case agent noun, or before "who", is a person's.
  if (last > a && prev && !prev.cap && (REPORTING.has(prev.lower) || (AGENT_NOUN.test(prev.lower) && !STOPWORDS.has(prev.lower) && !PLACE_PREPS.has(prev.lower)))) votes.person += 1;
  // ("Residents of X who fled", "a carpenter from X who": there "who" is the residents', the carpenter's.)
  const ownedOrPlaced = prev?.lower === 'of' || (prev !== undefined && PLACE_PREPS.has(prev.lower) && prev.lower !== 'to');
  if (next && (next.lower === 'who' || next.lower === 'whose') && !ownedOrPlaced) votes.person += 1;
  // "Brenko, 46, walked out", "Brenko, aged 46, walked out": an age in apposition is a person's.
  const ageAt = next?.lower === 'aged' ? last + 2 : last + 1;
  const age = toks[ageAt];
  if (age?.isNumber && /^,\s*$/.test(s.text.slice(toks[last].end - s.range.start, next!.start - s.range.start)) && /^\d{1,3}$/.test(age.text) && Number(age.text) <= 110) {
    const after = toks[ageAt + 1];
    if (!after || /^\s*,/.test(s.text.slice(age.end - s.range.start, after.start - s.range.start))) votes.person += 1.5;
  }
  // "X, whose lines cross the area, said it would pay": a speaker that calls itself "it". (Not
  // he/she: "Reuters reported that he ..." is as often about someone else.)
  if (speaksOfItselfAsIt(s, last)) votes.organisation += 1.5;
  const apposed = appositiveHead(s, last);
  if (apposed && ORG_SUFFIXES.has(apposed)) votes.organisation += 1.5;
  else if (apposed && (PLACE_WORDS.has(apposed) || SETTLEMENTS.has(apposed))) votes.place += 1.5;
  // "Tilde Morvaan, a city councillor for Vesk, said": an office in apposition.
  // (Opened by an article or an owner, and not after a place's preposition opening the
  // sentence: "At City Hall, the deputy mayor announced" is no apposition; "came from Ingrid
  // Tavernier, a former shipping executive" is.)
  else if (apposed && TITLES.has(apposed) && (APPOSITION_OPENERS.has(next?.lower ?? '') || next?.possessive) && !(prev && PLACE_PREPS.has(prev.lower) && a - 1 === 0)) votes.person += 1.5;
  if (next && a === last && !next.cap && LEADER_TERMS.has(next.lower)) votes.person += 1;
  // "Track & Tempo", "Vantierre & Sons": a name joined by an ampersand is a firm's or a title's.
  if (last > a && s.text.slice(toks[a].end - s.range.start, toks[last].start - s.range.start).includes('&')) votes.organisation += 2;
  pushMention(d, s, a, last, votes, out);
  if (apposed) out[out.length - 1].apposedAs = apposed;
  // An office or occupation, not a courtesy title: "Mr Herrel" holds no office by being "Mr".
  // Right before the name ("Rep. Mike Waltz"): "Through a spokeswoman, Marlowe said" names no
  // spokeswoman Marlowe.
  const before = prev && /^\.?\s+$/.test(s.text.slice(prev.end - s.range.start, toks[a].start - s.range.start)) ? prev.lower.replace(/\.$/, '') : undefined;
  if (lastTitle >= 0 || (before !== undefined && TITLES.has(before) && !HONORIFICS.has(before))) out[out.length - 1].titled = true;
}

/**
 * The name ending at `last` reports what "it" will do: "X said on Friday it would ...", past an
 * apposition between commas; the reporting verb right after the name, "it" within five words.
 */
function speaksOfItselfAsIt(s: Sentence, last: number): boolean {
  const toks = s.tokens;
  let k = last + 1;
  if (toks[k] && /^,\s*$/.test(s.text.slice(toks[last].end - s.range.start, toks[k].start - s.range.start))) {
    // "Yelena Kostova, who heads the agency, said it ...": a person (not "whose", which bodies
    // have too), and the "it" her agency.
    if (toks[k].lower === 'who') return false;
    // Skip the apposition to its closing comma.
    while (k < toks.length && k <= last + 12 && !/,\s*$/.test(s.text.slice(toks[k].end - s.range.start, (toks[k + 1]?.start ?? s.range.end) - s.range.start))) k++;
    k++;
  }
  if (!toks[k] || !REPORTING.has(toks[k].lower)) return false;
  for (let m = k + 1; m < toks.length && m <= k + 5; m++) {
    const w = toks[m].lower;
    if (w === 'it') return actsAfter(toks, m + 1);
    if (toks[m].cap && !WEEKDAYS.has(w)) return false; // another name: the pronoun may be its
  }
  return false;
}

/**
 * "it would give", "it will not comment", "it had no plans": an agent's intent. Not "it would
 * be difficult", "it was fine", "it has been a long day": there "it" is nobody.
 */
function actsAfter(toks: Token[], m: number): boolean {
  if (!AGENT_MODALS.has(toks[m]?.lower ?? '')) return false;
  let v = m + 1;
  if (toks[v]?.lower === 'not') v++;
  const w = toks[v]?.lower;
  return w !== undefined && !COPULAS.has(w) && !toks[v].isNumber;
}
const AGENT_MODALS = new Set(['would', 'will', 'could', 'had', 'has', 'planned', 'plans', 'intends', 'intended', 'wanted', 'wants', 'expected', 'expects']);
const COPULAS = new Set(['be', 'been', 'being', 'become', 'seem', 'seemed', 'take', 'taken', 'happen', 'happened', 'mean', 'make']);

/** Words for places that are also verbs after a subject: "X states that", "X parks". */
const VERB_SHAPED_PLACE_WORDS = new Set(['states', 'parks', 'stations', 'bridges', 'dams', 'ports']);

/** What a place is called in apposition ("Pelmora, a mountain town") or before "of" ("the town of Pellham", "the northern port of Tavrin"). */
const SETTLEMENTS = new Set(['town', 'city', 'village', 'hamlet', 'country', 'nation', 'capital', 'state', 'province', 'region', 'suburb', 'county', 'municipality', 'district', 'port', 'harbour', 'harbor', 'island', 'resort', 'enclave', 'parish']);

/**
 * The head noun of an apposition right after a name, in singular form: "Skyrail, Kestria's
 * national airline," -> "airline"; "Brightfield, one of the country's largest dairy groups" ->
 * "group". The last lower-case word before the next punctuation, within eight words.
 */
const APPOSITIVE_PREPOSITIONS = new Set(['at', 'of', 'in', 'for', 'with', 'from', 'on', 'to', 'by']);

function appositiveHead(s: Sentence, last: number): string | undefined {
  const toks = s.tokens;
  const after = toks[last + 1];
  if (!after) return undefined;
  const gap = s.text.slice(toks[last].end - s.range.start, after.start - s.range.start);
  if (!/^,\s*$/.test(gap)) return undefined;
  let head: Token | undefined;
  for (let k = last + 1; k < toks.length && k <= last + 8; k++) {
    if (k > last + 1 && /[,;:.!?()]/.test(s.text.slice(toks[k - 1].end - s.range.start, toks[k].start - s.range.start))) break;
    if (toks[k].lower === 'who' || toks[k].lower === 'which' || toks[k].lower === 'that') break;
    // A role comes before its preposition or participle: "a former internal auditor at the
    // ministry", "a reinsurer based in the capital", "the council's head of digital services";
    // so does a kind of place: "a city of about 240,000 people".
    if (head && (AGENT_NOUN.test(head.lower) || TITLES.has(head.lower) || SETTLEMENTS.has(head.lower)) && (APPOSITIVE_PREPOSITIONS.has(toks[k].lower) || /^[a-z]+ed$/.test(toks[k].text))) break;
    if (!toks[k].cap && !toks[k].isNumber) head = toks[k];
  }
  if (!head || STOPWORDS.has(head.lower) || REPORTING.has(head.lower)) return undefined;
  return head.lower.endsWith('ies') ? head.lower.slice(0, -3) + 'y' : head.lower.replace(/s$/, '');
}

/** Words that open an apposition naming what someone is: "X, a city councillor", "X, the chief executive". */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the']);

/** A dateline's region or country, after the capitals of its town and a comma: "LINDHAVEN, Vessaly (OPA) —". */
function datelineRegion(s: Sentence, first: number, last: number): boolean {
  const t = s.tokens;
  if (s.index !== 0 || first !== 1 || t[0].text.length < 2 || t[0].text !== t[0].text.toUpperCase()) return false;
  return /^,\s+$/.test(s.text.slice(t[0].end - s.range.start, t[1].start - s.range.start)) && /^\s*[(—–-]/.test(s.text.slice(t[last].end - s.range.start));
}

/** Parts of a mountain, before "of the X". */
const PEAK_PARTS = new Set(['summit', 'top', 'foot', 'slopes', 'flanks', 'foothills', 'crest']);

/** "the summit of the Gravel", "at the foot of the Morn": a mountain (one word: "the top of the Premier League" is a table's). */
function mountainNamed(s: Sentence, first: number, last: number): boolean {
  const t = s.tokens;
  return first === last && t[first - 1]?.lower === 'the' && t[first - 2]?.lower === 'of' && PEAK_PARTS.has(t[first - 3]?.lower ?? '');
}

/** Lower-case words for land after a name ("the Kaldera mountains"), besides PLACE_WORDS. */
const LAND_NOUNS = new Set(['range', 'mountains', 'hills', 'area', 'border', 'countryside', 'peninsula', 'plateau', 'plain', 'plains', 'delta', 'estuary', 'basin', 'highlands', 'lowlands']);

/** Lower-case nouns for someone who does something: "pharmacist", "mediator", "passenger", "chairwoman". */
const AGENT_NOUN = /(?:ist|er|or|ian|man|woman|person)$/;

function pushMention(d: number, s: Sentence, first: number, last: number, votes: Record<EntityKind, number>, out: Mention[]): void {
  const toks = s.tokens.slice(first, last + 1);
  const kept = toks.filter((t) => !NAME_CONNECTORS.has(t.lower) || t.cap);
  const parts = kept.map((t) => t.lower.replace(/\.$/, '')); // lower is the folded text
  spellOutAbbreviations(parts, kept);
  // "Corvane 1" and "Corvane-1": one key.
  if (parts.length > 1 && toks[toks.length - 1].isNumber) parts.splice(parts.length - 2, 2, `${parts[parts.length - 2]}-${parts[parts.length - 1]}`);
  // "AVT-214" and "AVT214", "Covid-19" and "Covid19": a code's hyphen is spelling, not meaning.
  for (let k = 0; k < parts.length; k++) if (/\d/.test(parts[k])) parts[k] = parts[k].replace(/-/g, '');
  const surface = s.text.slice(toks[0].start - s.range.start, toks[toks.length - 1].end - s.range.start);
  const lastLower = toks[toks.length - 1].lower;
  // "Ministry of Transport", "National Gallery of Bohravia": a body's head before "of" names the body too.
  // "St Oriel's", "St Oriel's General Hospital": a saint's possessive names what is his (a
  // hospital, a church, a school), not a place.
  const saints = saintOwner(s, first + toks.length - 1) || toks.some((t, k) => k < toks.length - 1 && saintOwner(s, first + k));
  if (ORG_SUFFIXES.has(lastLower) || ORG_DESIGNATORS.has(lastLower) || saints || toks.some((t, k) => k < toks.length - 2 && ORG_SUFFIXES.has(t.lower) && toks[k + 1].lower === 'of')) votes.organisation += 2;
  if (toks.length > 1 && !saints && toks.some((t) => PLACE_WORDS.has(t.lower))) votes.place += 1;
  if (/^(?:\p{Lu}\.){2,}$/u.test(surface) || /^\p{Lu}\.(?:\p{Lu}\.?)+$/u.test(surface)) votes.place += 0.5; // "U.S.", "U.K."
  else if (/^\p{Lu}{2,6}$/u.test(surface)) votes.organisation += 0.5; // acronyms
  const prev = s.tokens[first - 1];
  // ("in Hallenby and Vellmar": the second place of a pair the preposition governs is placed too.)
  const before = out[out.length - 1];
  const paired = prev !== undefined && /^(?:and|or)$/.test(prev.lower) && before?.placed === true && before.doc === d && before.sentence === s.index && before.last === first - 2;
  // ("fans made the journey from Dunmere": where they set out, a town; "bids from Kestrel" is a club's.)
  const travelledFrom = prev?.lower === 'from' && TRAVEL.test(s.tokens[first - 2]?.lower ?? '');
  // ("the mill town of Cindermoor": a settlement's name, as surely as "in Cindermoor".)
  const settlement = prev?.lower === 'of' && first === last && SETTLEMENTS.has(s.tokens[first - 2]?.lower ?? '') && !s.tokens[first - 2].cap;
  // ("the summit of the Gravel": a mountain; "LINDHAVEN, Vessaly (OPA) —": a dateline's region.)
  const placed = (prev !== undefined && ((((prev.lower === 'in' && !HOLDING_IN.has(s.tokens[first - 2]?.lower ?? '')) || prev.lower === 'near' || travelledFrom || settlement) && adjacentTokens(s, prev, s.tokens[first])) || paired) && !s.tokens[last].possessive && !CASE_PARTIES.has(s.tokens[last + 1]?.lower ?? '')) || mountainNamed(s, first, last) || datelineRegion(s, first, last);
  out.push({ doc: d, sentence: s.index, first, last, parts, surface, votes, ...(placed ? { placed } : {}) });
}

/**
 * "St Ernan" is "Saint Ernan" and "Main St" is "Main Street"; "Mt" is "Mount" and "Ft" "Fort":
 * one key for both spellings.
 */
function spellOutAbbreviations(parts: string[], tokens: Token[]): void {
  if (parts.length < 2) return;
  const last = parts.length - 1;
  for (let i = 0; i <= last; i++) {
    if (parts[i] === 'st') parts[i] = i === last ? 'street' : 'saint';
    // ("MT Serafine Crest" in capitals is a motor tanker, like "MV".)
    else if (parts[i] === 'mt' && tokens[i].text !== 'MT') parts[i] = 'mount';
    else if (parts[i] === 'ft' && i < last) parts[i] = 'fort';
  }
}

/**
 * "Fire Chief", "Police Chief": after a remit (a word that is no title) and before a name, "chief"
 * is the office itself, not the modifier it is in "Chief Executive" or "Chief Inspector".
 */
/** Outweighs every vote a name's context can give it: the event's kind word says what it is. */
const EVENT_VOTE = 10;

/** Offices named with their remit after "for" or "of": "Minister for Civil Protection". */
const REMIT_TITLES = new Set(['minister', 'secretary', 'commissioner', 'director', 'chancellor', 'undersecretary']);

/**
 * The first word of the holder's name after an office's remit ("Civil Protection Margit
 * Eskeland"): past the remit's words the library writes in lower case; and of three words or
 * more left, a remit still goes before a name of two.
 */
/**
 * "Chief Starter Oskar Feyne", "Head Groundsman Ole Brun": after an office word, an occupation
 * the library also writes in lower case ("the starter") goes on the office, before a full name.
 */
function pastOccupation(toks: Token[], a: number, last: number, vocab: Vocabulary): number {
  while (a < last - 1 && AGENT_NOUN.test(toks[a].lower) && (vocab.lower.has(toks[a].lower) || vocab.lowerNorms.has(toks[a].norm))) a++;
  return a;
}

function afterRemit(toks: Token[], a: number, last: number, vocab: Vocabulary): number {
  while (a < last - 1 && (toks[a].lower === 'and' || vocab.lower.has(toks[a].lower) || vocab.lowerNorms.has(toks[a].norm))) a++;
  return last - a + 1 >= 3 ? last - 1 : a;
}

/** "Minister of Coast and Environment Helga Marstrand": a run after "and" that goes on an office's remit. */
function remitContinues(toks: Token[], first: number): boolean {
  if (toks[first - 1]?.lower !== 'and') return false;
  let k = first - 2;
  while (k >= 0 && k >= first - 5 && toks[k].cap && !REMIT_TITLES.has(toks[k].lower)) k--;
  return k >= 1 && k < first - 2 && /^(?:for|of)$/.test(toks[k].lower) && REMIT_TITLES.has(toks[k - 1].lower);
}

function remitChief(toks: Token[], a: number, k: number): boolean {
  return toks[k].lower === 'chief' && k > a && !TITLES.has(toks[k - 1].lower) && !TITLES.has(toks[k + 1]?.lower ?? '');
}
