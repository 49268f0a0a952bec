/**
 * Quantity conflicts: two figures of one measure that cannot both hold ("magnitude 6.1" /
 * "5.8-magnitude", "killing 12" / "killing 9"). Narrow because news is full of figures: besides
 * the numbers, the passages must share what the figure is about, and figures of different kinds
 * (asked for and done, a rise and a level, a day's and a season's, an order of magnitude apart)
 * are never compared.
 */
import { differentDelays, differentDoings, stateOfDuration } from './state-durations.ts';
import { isAbsence, samePersonLaidOff } from './absences.ts';
import type { Candidate } from './candidates.ts';
import { explanation } from './explain.ts';
import type { Sentence } from './model.ts';
import { AGE, companyBefore, stretchKind, EACH, MEASURE_UNIT_KEYS, PEOPLE, quantitiesConflict, RARE_MEASURE_SENTENCES, rareMeasure, sameMeasure, unitFeatures, valuesDiffer, type Quantity } from './quantities.ts';
import type { Range } from './sentences.ts';
import { normalizeWord, type Token } from './tokens.ts';
import { wordFeature } from './memo.ts';
import { actClass } from './negation-conflicts.ts';
import { fateAfter, fatesOf, inRole, isCapacity, reportStage, readingPlace, toldByDeed, holderOf, ofHead, setAtHead, partDone, participleAfter, deedBefore, isAggregate, sameCasualtyMeasure, samePeople, sameTurnout, sameUncountedSum, isIncrement, isPart, isPreviousValue, isProposed, isRemainder, isRestored, duringOf, ownerPronoun, isRestOfGroup, isRestOfWhole, owned, restOfTold, shareOf, isSizeOfWhole, isTallyBase, tallyBase, sameMeasuredThing, sizedThing, sameRateTarget, isSpeakerCount, isRevision, isSeparation, isGust, ofThose, isWholeOfParts, namedAfter, replacementOf, movementOf, sameOffset, sameHolder, sameMovement, sameMover, sameTimeScope, spanTokens, timeScope, ownedVersusOccupied, isLimit } from './quantity-context.ts';
import { clauseContaining, tokensIn, type Conflict, type ConflictContext } from './conflict-helpers.ts';
import { datedApart, earlierOccasion, toldAsAnother } from './earlier-dates.ts';
import { samePointsMover } from './rate-points.ts';
import { subjectGender } from './figure-subjects.ts';
import { REPORTING, WEEKDAYS } from './lexicon.ts';

const peoplePredicate = (s: Sentence, q: Quantity): Set<string> => fatesOf(s, q, clauseContaining(s, q));
/** Auxiliaries between a figure and the verb that tells what befell it: "were recaptured", "have been cancelled". */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'also', 'all']);

/**
 * The verb right after a figure, past at least one auxiliary ("Three of the four wolves were
 * recaptured": recaptured). Without an auxiliary the next word is as often a noun or an
 * adverb as a verb ("12 concerts over the summer").
 */
function verbAfter(s: Sentence, q: Quantity): string | undefined {
  return verbTokenAfter(s, q)?.norm;
}

function verbTokenAfter(s: Sentence, q: Quantity): Token | undefined {
  const after = spanTokens(s, q).last + 1;
  let k = after;
  while (k < s.tokens.length && AUXILIARIES.has(s.tokens[k].lower)) k++;
  const t = s.tokens[k];
  return t && k > after && !t.stop && !t.cap && !t.isNumber ? t : undefined;
}
const meet = (x: Set<string>, y: Set<string>): boolean => [...x].some((w) => y.has(w));

/** Words each way a figure's frame reaches. */
const FRAME_REACH = 8;

/** Content words within eight words of a quantity, in its clause: what the figure is about. */
function quantityFrame(s: Sentence, q: Quantity): Set<string> {
  const clause = clauseContaining(s, q);
  const out = new Set<string>();
  const { first, last } = spanTokens(s, q);
  // Eight words each way, a name counting as none: "Seven aid workers from the humanitarian
  // organisation Hearthline Relief International (HRI) were freed" reaches "freed".
  const add = (i: number): boolean => {
    const t = s.tokens[i];
    if (t.start < clause.start || t.end > clause.end) return false;
    if (s.entityAt.has(i)) return true;
    if (!t.stop && !t.isNumber) out.add(t.norm);
    return true;
  };
  for (let i = first - 1, n = 0; i >= 0 && n < FRAME_REACH; i--) if (add(i) && !s.entityAt.has(i)) n++;
  for (let i = last + 1, n = 0; i < s.tokens.length && n < FRAME_REACH; i++) if (add(i) && !s.entityAt.has(i)) n++;
  // What a count counts is the surest frame ("a three-match ban" / "miss five matches"),
  // except people and ages, which every count of a story's victims and every person share.
  // (A duration's words are what lasted, often just the story's subject: "three minutes from
  // the end" / "five years".)
  if (q.unit === 'count') for (const w of q.counted) if (w !== PEOPLE && w !== AGE) out.add(w);
  return out;
}

/** A figure whose bounds span a factor of two or more: "hundreds", "dozens", "several". */
const isWide = (q: Quantity): boolean => q.min > 0 && Number.isFinite(q.max) && q.max >= 2 * q.min;
const WIDE_STRENGTH = 0.75;

export function quantityConflicts(c: Candidate, sa: Sentence, sb: Sentence, ctx: ConflictContext): Conflict[] {
  // Most pairs have no figure on one side: nothing below could find a pair to compare.
  if (sa.quantities.length === 0 || sb.quantities.length === 0) return [];
  // Besides the numbers themselves, the passages must share context (what happened, to whom):
  // much of the sentence, or a name in both and a word about the figure itself
  // ("sentenced to eight years in prison" / "jailed for six years").
  const context = c.sentenceMatch.shared.filter((f) => !f.startsWith('Q:') && !f.startsWith('C:') && !f.startsWith('D:') && !f.startsWith('T:'));
  const similar = c.sentenceMatch.score >= 0.18 && context.length >= 2;
  const sameAgent = context.some((f) => f.startsWith('E:'));
  // (A place both name is no one's age: "one 17-year-old from Vorn" / "a 34-year-old man ... in Vorn".)
  const samePerson = context.some((f) => f.startsWith('E:') && ctx.entityKind(f.slice(2)) === 'person');
  // A figure one side gives as the one it replaces ("up from the 14 reported") is the other
  // side's figure: not an agreement, and when the other side gives it, proof of one measure.
  const previous = new Set([...sa.quantities.filter((q) => isPreviousValue(sa, q)), ...sb.quantities.filter((q) => isPreviousValue(sb, q))]);
  // The figure that replaces the earlier one: the nearest other figure of its unit (before a
  // denial, replacementOf).
  // Not a figure of another scale ("164 passengers and six crew ..., revising its earlier count
  // of 162": the six crew are nearer, but a revision changes a figure by a fraction of it).
  const replacing = (old: Quantity, s: Sentence): Quantity | undefined =>
    replacementOf(s, old, s.quantities.filter((q) => !previous.has(q) && q.unit === old.unit && !apart(q, old)));
  // True when `s` says `q` replaces a figure equal to `earlier`, the other side's.
  const revises = (q: Quantity, s: Sentence, earlier: Quantity, exactly = false): boolean =>
    s.quantities.some((o) => previous.has(o) && o.unit === earlier.unit && (exactly ? o.nominal === earlier.nominal : !valuesDiffer(o, earlier)) && replacing(o, s) === q);
  // True when `q`, in a report published before `otherDate`, replaces the other report's `earlier`.
  const earlierRevises = (q: Quantity, s: Sentence, date: string | null, earlier: Quantity, otherDate: string | null): boolean =>
    date !== null && otherDate !== null && date < otherDate && revises(q, s, earlier);
  // Or, failing both, the figures count something the library rarely speaks of (candidates.ts).
  const ofRareMeasure = (qa: Quantity, qb: Quantity): boolean => qa.counted[0] !== undefined && qa.counted[0] === qb.counted[0] && qa.unit === qb.unit && rareMeasure(qa.unit, qa.counted[0], ctx.weights);
  // Or they are sums paid for one thing the library rarely names ("fine").
  const rarelyCounted = (qa: Quantity, qb: Quantity): boolean => qa.unit.startsWith('money:') && qa.counted[0] !== undefined && qa.counted[0] === qb.counted[0] && qa.counted[0] !== PEOPLE && ctx.weights.df(wordFeature(qa.counted[0])) <= RARE_MEASURE_SENTENCES;
  // Or they count people to whom the same thing happened: a story's casualty figures.
  const casualties = (qa: Quantity, qb: Quantity): boolean => sameCasualtyMeasure(sa, qa, clauseContaining(sa, qa), sb, qb, clauseContaining(sb, qb));
  // Things counted one by one that few sentences of the library speak of ("two helicopters
  // were sent" / "three helicopters took part"): a story has one set of them. (Not lengths or
  // weights, which measure many things: "eight kilometres of boom", "climbing to 11 kilometres".)
  // The things are named right after the figure: what a count is said to have undergone ("Five
  // more were freed") is no thing. Nor a stretch told in things ("after two nights"), which any
  // span of time may be, nor some picked out by a participle ("all 14 remaining dates on the
  // European leg"), nor those a deed befell ("postponed 12 concerts"), which sets them apart.
  const rareThings = (s: Sentence, q: Quantity): boolean =>
    !MEASURE_UNIT_KEYS.has(q.counted[0]) && namedAfter(s, q) && !/ing$/.test(q.surface) && deedBefore(s, q) === undefined && !STRETCH_OPENERS.has(s.tokens[spanTokens(s, q).first - 1]?.lower ?? '') && ctx.weights.df(wordFeature(q.counted[0])) <= RARE_MEASURE_SENTENCES;
  // Or they count the same things (not people) in sentences that share two more words: "pulling
  // out of 12 concerts" on a tour called off / "cancelled the last 14 concerts" of the tour.
  // Or named by one noun before them: "an exchange of 800 prisoners" / "a swap of 1,500 prisoners".
  // Ratings on one scale likewise ("rated the avalanche danger at level 3" / "avalanche danger level four").
  const sameThings = (qa: Quantity, qb: Quantity): boolean =>
    (qa.unit === 'count' || qa.unit.startsWith('rating:')) && qa.unit === qb.unit && qa.counted[0] !== undefined && qa.counted[0] === qb.counted[0] && qa.counted[0] !== PEOPLE && qa.counted[0] !== AGE &&
    (context.filter((f) => !unitFeatures(qa.counted[0]).includes(f)).length >= 2 || sameOfHead(sa, qa, sb, qb) || sameFate(qa, qb) || (toldByDeed(sa, qa) && toldByDeed(sb, qb)) || (rareThings(sa, qa) && rareThings(sb, qb)));
  // Or the same befell them, the verb right after each figure: "Two of the wolves were recaptured
  // by early afternoon" / "Three of the four wolves were recaptured the same day". Only things
  // counted one by one, not lengths or weights ("eight kilometres of floating boom had been put
  // in place" / "31 kilometres of boom are now in the water"), and both told of the same stretch
  // of time: "1,000 flights were cancelled on Tuesday alone" is not the week's "Hundreds of
  // flights have been cancelled" (an untold stretch is the whole so far: it meets "388 flights
  // in total").
  const sameFate = (qa: Quantity, qb: Quantity): boolean => {
    const [ta, tb] = [timeScope(sa, qa, clauseContaining(sa, qa)), timeScope(sb, qb, clauseContaining(sb, qb))];
    if (MEASURE_UNIT_KEYS.has(qa.counted[0]) || (ta !== tb && (ta === 'day' || tb === 'day'))) return false;
    const verb = verbAfter(sa, qa);
    return verb !== undefined && verb === verbAfter(sb, qb) && !REPORTING.has(verb);
  };
  // Or they are magnitudes of the same kind of event: a story's one quake ("5.8-magnitude
  // earthquake" / "the magnitude 6.1 quake"), not its aftershock.
  const sameMagnitude = (qa: Quantity, qb: Quantity): boolean => qa.unit === 'magnitude' && qb.unit === 'magnitude' && qa.counted[0] !== undefined && qa.counted[0] === qb.counted[0];
  // Or they say how many came to one event, each in its own words.
  const turnout = (qa: Quantity, qb: Quantity): boolean => sameTurnout(sa, qa, clauseContaining(sa, qa), sb, qb, clauseContaining(sb, qb));
  // Or they are moves of one direction of the same thing ("shares crashed by 30%" / "shares closed 12% lower").
  // Or moves in points of one named thing ("the key rate by half a point" / "the repo rate by
  // 75 basis points").
  const moves = (qa: Quantity, qb: Quantity): boolean => sameMover(sa, qa, sb, qb) || samePointsMover(sa, qa, sb, qb);
  // Or they are sums that price one named thing, written before its noun or after it and "of":
  // "the roughly $180m production" / "the $250 million "Salt Crown" production", "the €20,000
  // first prize" / "a first prize of €25,000".
  const priced = (qa: Quantity, qb: Quantity): boolean => {
    if (qa.unit !== qb.unit || !qa.unit.startsWith('money')) return false;
    const named = (s: Sentence, q: Quantity): string | undefined => pricedHead(s, q) ?? ofHead(s, q) ?? setAtHead(s, q);
    const head = named(sa, qa);
    return head !== undefined && head === named(sb, qb);
  };
  // Or they say how many made up one company, each "a group of": "The group of 12, led by a
  // guide" / "swallowing a group of 14 skiers".
  const company = (qa: Quantity, qb: Quantity): boolean => {
    // (What else a figure counts is left unsaid ("the group of 12") or people ("of 14 skiers").)
    const ofPeople = (q: Quantity): boolean => q.unit === 'count' && (q.counted.length === 0 || q.counted[0] === PEOPLE);
    if (!ofPeople(qa) || !ofPeople(qb)) return false;
    const head = companyBefore(sa.tokens, spanTokens(sa, qa).first);
    return head !== undefined && head === companyBefore(sb.tokens, spanTokens(sb, qb).first);
  };
  // Or they are one lay-off, each worded its own way ("out for 21 days" / "SIX WEEKS on the
  // sidelines"): of one person, when both sentences name people.
  const absence = (qa: Quantity, qb: Quantity): boolean => isAbsence(sa, qa) && isAbsence(sb, qb) && samePersonLaidOff(sa, qa, sb, qb, ctx.entityKind);
  // Or they say how long someone stayed in one plight ("missing for five days" / "had been missing for six days").
  const plight = (qa: Quantity, qb: Quantity): boolean => {
    const state = stateOfDuration(sa, qa);
    return state !== undefined && state === stateOfDuration(sb, qb);
  };
  // Or they tell how long one happening lasted, each as a stretch before its noun: "a three-day
  // hearing in May" / "over the course of the four-day hearing". (A stretch told otherwise, "ran
  // for three days", says less of what it measures.)
  // So are two stretches told in one kind of hour or day: "more than 8,000 flying hours" /
  // "about 6,400 flying hours".
  const stretch = (qa: Quantity, qb: Quantity): boolean =>
    qa.unit === 'duration' && qb.unit === 'duration' && qa.counted[0] !== undefined && qa.counted[0] === qb.counted[0] && ((beforeItsNoun(qa) && beforeItsNoun(qb)) || (stretchKind(qa) !== undefined && stretchKind(qa) === stretchKind(qb)));
  // Or they are each one's share of a sum ("Each member will receive just over 1.5 million
  // crowns" / "will pocket 1.3 MILLION crowns EACH"): a story shares out one sum.
  const shares = (qa: Quantity, qb: Quantity): boolean => qa.per === EACH && qb.per === EACH && sameMeasure(qa, qb);
  // Or they are sizes of one thing, named by both ("The crack itself is 12 metres long" / "The
  // crack runs for 28.5 metres" / "The 100ft crack"), by one dimension (sameMeasuredThing, below).
  const sized = (qa: Quantity, qb: Quantity): boolean => {
    const thing = sizedThing(sa, qa);
    return thing !== undefined && thing === sizedThing(sb, qb) && qa.counted[0] === qb.counted[0];
  };
  // Or they are sums both name alike, the name joined to the figure: "put the total damage at
  // €4.2 million" / "estimates the damage to the building at €3 million".
  // (Not a share of the sum: "has paid $12m of the production rebate" / "the $40m production rebate".)
  const shareOfSum = (s: Sentence, q: Quantity): boolean => /^\s+of\b/i.test(s.text.slice(q.end - s.range.start));
  const namedSums = (qa: Quantity, qb: Quantity): boolean =>
    qa.unit.startsWith('money:') && qa.unit === qb.unit && qa.counted[0] !== undefined && qa.counted[0] === qb.counted[0] && qa.counted[0] !== PEOPLE && !shareOfSum(sa, qa) && !shareOfSum(sb, qb);
  const route = (qa: Quantity, qb: Quantity): boolean => shares(qa, qb) || sized(qa, qb) || namedSums(qa, qb) || absence(qa, qb) || plight(qa, qb) || stretch(qa, qb) || company(qa, qb) || priced(qa, qb) || ofRareMeasure(qa, qb) || casualties(qa, qb) || sameThings(qa, qb) || sameMagnitude(qa, qb) || turnout(qa, qb) || moves(qa, qb);
  if (!similar && !sameAgent && previous.size === 0 && !sa.quantities.some((qa) => sb.quantities.some((qb) => route(qa, qb)))) return [];
  const framed = (qa: Quantity, qb: Quantity): boolean => {
    // Counts of people say what happened to them right after the figure ("112 people fell ill"
    // / "14 people were admitted to hospital"): those words must meet even in alike sentences,
    // unless one side says too little to tell.
    if (!samePeople(sa, qa, sb, qb)) return false;
    // One company is one set of people, whatever each side says befell them.
    if (company(qa, qb)) return true;
    // A measure the library rarely speaks of frames itself: "Turnout was roughly 61 percent,
    // according to the commission" / "58.9% of registered voters took part".
    if (turnout(qa, qb) || ofRareMeasure(qa, qb) || sized(qa, qb) || absence(qa, qb) || plight(qa, qb) || stretch(qa, qb) || shares(qa, qb)) return true;
    if (qa.counted.includes(PEOPLE) && qb.counted.includes(PEOPLE)) {
      const pa = peoplePredicate(sa, qa);
      const pb = peoplePredicate(sb, qb);
      if (!meet(pa, pb)) {
        if (pa.size >= 2 && pb.size >= 2) return false;
        // Nor where each says it in one verb right after the figure ("Two people were killed" /
        // "Ten people were caught", "Three people died" / "Five people were on board"): a fate
        // told plainly, not a word near the count.
        const [va, vb] = [fateAfter(sa, qa), fateAfter(sb, qb)];
        if (va !== undefined && vb !== undefined && va !== vb) return false;
        // Each figure is compared with its counterpart: when the other sentence has another
        // count of people of which the same is said ("Six people remained in hospital" / "Four
        // people are still unaccounted for, and 31 people were treated in hospital"), that one
        // is the figure this one answers, not the first count of people it gives.
        // ("treated 31 people at the scene, 14 of whom were taken to hospital": "whom" are people.)
        const counterpart = (s: Sentence, q: Quantity, own: Set<string>): boolean =>
          s.quantities.some((o) => o !== q && (o.counted.includes(PEOPLE) || ofWhom(s, o)) && meet(own, peoplePredicate(s, o)));
        if (counterpart(sb, qb, pa) || counterpart(sa, qa, pb)) return false;
      }
    }
    if (similar) return true;
    // Things said to undergo two different acts are two counts: "Two tugs had been dispatched" /
    // "Three tugs were towing the ship".
    const [va, vb] = [verbTokenAfter(sa, qa), verbTokenAfter(sb, qb)];
    if (!qa.counted.includes(PEOPLE) && va && vb && va.norm !== vb.norm && (actClass(va.lower) === '' || actClass(va.lower) !== actClass(vb.lower))) return false;
    const fb = quantityFrame(sb, qb);
    return [...quantityFrame(sa, qa)].some((w) => fb.has(w));
  };
  // A part told by its deed ("forced 112 of the vault's 1,100 boxes") against a count told by
  // the same deed ("83 boxes were forced open"): one measure, though one is a part.
  const partMeetsCount = (x: Quantity, sx: Sentence, y: Quantity, sy: Sentence): boolean => {
    const done = partDone(sx, x);
    return done !== undefined && !y.part && y.unit === 'count' && y.counted.includes(done.counted) && (deedBefore(sy, y) ?? participleAfter(sy, y)) === done.deed;
  };
  const partCount = (qa: Quantity, qb: Quantity): boolean => partMeetsCount(qa, sa, qb, sb) || partMeetsCount(qb, sb, qa, sa);
  // What a figure counts, a part told by its deed counting what its whole does.
  const countedAs = (s: Sentence, q: Quantity): string[] => {
    const done = partDone(s, q);
    return done ? [done.counted] : q.counted;
  };
  const isHolder = (id: string): boolean => {
    const kind = ctx.entityKind(id);
    return kind === 'person' || kind === 'organisation' || kind === 'other';
  };
  const out: Conflict[] = [];
  const used = new Set<string>();
  const [pa, pb] = [ctx.docs[c.a.doc].article.published, ctx.docs[c.b.doc].article.published];
  // A revised figure differs from the one it revises even when that was a floor ("at least 87").
  const revised = new Set([...sa.quantities.filter((q) => isRevision(sa, q)), ...sb.quantities.filter((q) => isRevision(sb, q))]);
  // Not when the revised figure falls within the other's rounding ("about 1,200" / "now puts the
  // toll at 1,243"): only a floor or a ceiling is left behind by a figure it allows.
  const rounded = (x: Quantity, y: Quantity): boolean => x.min > 0 && x.max < Infinity && x.min !== x.max && y.nominal >= x.min && y.nominal <= x.max;
  // Nor when the floor comes later: "more than 11,000" two days after "revised down to 11,400"
  // rounds the revised figure, and revises nothing.
  const revisedAfter = (x: Quantity): boolean => {
    if (!revised.has(x)) return false;
    const [px, po] = sa.quantities.includes(x) ? [pa, pb] : [pb, pa];
    return !px || !po || px >= po;
  };
  const clash = (x: Quantity, y: Quantity): boolean =>
    quantitiesConflict(x, y) ||
    ((revisedAfter(x) || revisedAfter(y)) && sameMeasure(x, y) && Math.abs(x.nominal - y.nominal) > 0.02 * Math.max(x.nominal, y.nominal) && !rounded(x, y) && !rounded(y, x));
  // If either side also gives a value the other agrees with, the passages agree on the figure;
  // not a value that one side says replaces the other's, however close ("164 ..., revising its
  // earlier count of 162").
  // So is the very figure given as a part of a larger one: "47 people were treated at hospitals"
  // is the "47 of whom were treated at hospitals" of "52 people were hurt".
  const asPart = (q: Quantity, o: Quantity): boolean =>
    q.part !== o.part && q.unit === o.unit && q.min === q.max && o.min === o.max && q.nominal === o.nominal && q.counted.some((c) => o.counted.includes(c));
  const agrees = (q: Quantity, own: Sentence, others: Quantity[], theirs: Sentence): boolean =>
    others.some((o) => !previous.has(o) && (sameMeasure(q, o) || asPart(q, o)) && !clash(q, o) && !revises(o, theirs, q) && !revises(q, own, o));
  for (const qa of sa.quantities) {
    if (previous.has(qa) || agrees(qa, sa, sb.quantities, sb)) continue;
    for (const qb of sb.quantities) {
      if (previous.has(qb) || agrees(qb, sb, sa.quantities, sa)) continue;
      // An age is a person's: alike sentences about two people ("said 15-year-old X" / "the
      // 27-year-old will be free") give two ages, so both must name the same person.
      const context = qa.counted.includes(AGE) ? samePerson : similar || sameAgent || route(qa, qb);
      // A figure the other side says it replaces is of the same measure, whatever the words.
      // Both must say what they count alike: a lone "five" ("at five to eight in the morning")
      // is not the five of "grown from five to seven investigators".
      // A sum the other side gives, to the cent, as the one it replaces ("€1.6 million, higher
      // than the €1.2 million initially reported") is that sum, whatever each says it pays for.
      const revisedExactly = revises(qb, sb, qa, true) || revises(qa, sa, qb, true);
      const sameSum = qa.unit.startsWith('money:') && revisedExactly;
      // Counts of people revised only roughly ("nearly 150 people" brought ashore, "not 143 as it
      // first reported" aboard) must also say the same befell them.
      const befell = (): boolean => {
        if (!qa.counted.includes(PEOPLE) || !qb.counted.includes(PEOPLE)) return true;
        const [fa, fb] = [peoplePredicate(sa, qa), peoplePredicate(sb, qb)];
        return fa.size === 0 || fb.size === 0 || meet(fa, fb);
      };
      const revisedFrom = (revises(qb, sb, qa) || revises(qa, sa, qb)) && (sameSum || countedAs(sa, qa).some((w) => countedAs(sb, qb).includes(w))) && (revisedExactly || befell());
      // The earlier report already told of the change ("reduced from £1.2m to £1.05m" on the
      // 13th): a later one recalling the figure before it ("the headline figure of £1.2m") tells
      // the same history, and revises nothing.
      if (revisedFrom && (earlierRevises(qa, sa, pa, qb, pb) || earlierRevises(qb, sb, pb, qa, pa))) continue;
      if (qa.unit === 'duration' && qb.unit === 'duration' && !sameElapsedPoint(sa, qa, pa, sb, qb, pb)) continue;
      // Sums that name nothing they buy are one measure by the word that leads into both.
      // So are sums that price one named thing, however each says what else they count.
      const differ = clash(qa, qb) || ((sameUncountedSum(sa, qa, sb, qb) || company(qa, qb) || priced(qa, qb) || partCount(qa, qb)) && valuesDiffer(qa, qb));
      // Against the very figure it revises, a floor ("At least 11 people were injured" / "19
      // ..., up from the 11 reported"), the new figure differs though it lies within the floor's
      // range; a figure that merely falls in the other's range ("about 180" / "to 196, from
      // 184") must differ from it.
      if (revisedFrom ? valuesDiffer(qa, qb) || (revisedExactly && qa.nominal !== qb.nominal) : differ && (!apart(qa, qb) || stillMissing(sa, qa, sb, qb)) && context && framed(qa, qb)) {
        const a = clauseContaining(sa, qa);
        const b = clauseContaining(sb, qb);
        if (!comparableInContext(sa, qa, a, pa, sb, qb, b, pb, isHolder, revisedFrom)) continue;
        // A woman's figure and a man's are two measures ("she faces eight counts" / "Brask was
        // charged with two counts").
        const [ga, gb] = ctx.entityGender ? [subjectGender(sa, qa, ctx.entityGender), subjectGender(sb, qb, ctx.entityGender)] : [];
        if (ga && gb && ga !== gb) continue;
        // Readings taken at two named places are two places' ("gusts of up to 70 km/h were
        // recorded at Brennval" / "the Vessan Col weather station show gusts reached 85 km/h").
        const [ra, rb] = [readingPlace(sa, qa, a, ctx.entityKind), readingPlace(sb, qb, b, ctx.entityKind)];
        if (!revisedFrom && ra !== undefined && rb !== undefined && ra !== rb && !namesEntity(sa, rb) && !namesEntity(sb, ra)) continue;
        if (differentDoings(sa, qa, sb, qb) || differentDelays(sa, qa, sb, qb)) continue;
        // (Not sums paid for a thing the library rarely speaks of: both tell of that one earlier
        // thing, "fined 240,000 crowns in 2022" / "a 2.4 million crown fine".)
        // (Unless the sentence tells the earlier one as another occasion: "comparison with 2017, when ...".)
        // A figure one side says replaces the other's corrects that very report, its year too:
        // "fined 4,000 crowns in 2021, not the 40,000 crowns reported" answers "fined 40,000
        // crowns in 2022".
        if (!revisedFrom && earlierOccasion(sa, qa, a, pa, sb, qb, b, pb) && (!rarelyCounted(qa, qb) || toldAsAnother(sa, qa, pa, sb, qb, pb) || datedApart(sa, qa, a, pa, sb, qb, b, pb))) continue;
        // One finding per figure on each side.
        if (used.has('a' + qa.start) || used.has('b' + qb.start)) continue;
        used.add('a' + qa.start);
        used.add('b' + qb.start);
        // A vague figure ("hundreds of gigabytes") disagrees less surely than an exact one: when
        // a sentence disagrees with two of an article's, the exact one is the link kept.
        out.push({ detail: explanation('quantity', qa.display, qb.display), a: phraseOf(sa, qa, a), b: phraseOf(sb, qb, b), strength: isWide(qa) || isWide(qb) ? WIDE_STRENGTH : 0.8 });
      }
    }
  }
  return out;
}

const namesEntity = (s: Sentence, id: string): boolean => [...s.entityAt.values()].includes(id);

/** A stretch written as one word with its unit, before the noun it measures: "three-day", "10-week". */
function beforeItsNoun(q: Quantity): boolean {
  return /^\S+-\S+$/.test(q.surface);
}

/** Words before a count that make it a stretch of time: "after two nights", "for three rounds". */
const STRETCH_OPENERS = new Set(['after', 'for', 'within', 'during', 'over']);

/** A figure of people told by "of whom" after it ("14 of whom were taken to hospital"). */
function ofWhom(s: Sentence, q: Quantity): boolean {
  const { first } = spanTokens(s, q);
  return s.tokens[first + 1]?.lower === 'of' && s.tokens[first + 2]?.lower === 'whom';
}

/**
 * Two counts of the missing may lie far apart: most are found as a search goes on ("19 are
 * missing" / "two remain missing"), so the order-of-magnitude test of two measures does not hold.
 */
function stillMissing(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity): boolean {
  return qa.counted[0] === MISSING_KEY && qb.counted[0] === MISSING_KEY && samePeople(sa, qa, sb, qb);
}
const MISSING_KEY = normalizeWord('missing');

/** Words after a stretch of time that make it the time since something: "Five days after the tanker grounded". */
const SINCE = new Set(['after', 'since', 'ago', 'later']);

/** A duration told as the time elapsed since a happening, up to the report's own day ("Three weeks on, ..."). */
function elapsed(s: Sentence, q: Quantity): boolean {
  const { first, last } = spanTokens(s, q);
  const next = s.tokens[last + 1];
  if (!next) return false;
  // "delayed by eight minutes after tennis balls were thrown": by how much, not how long since.
  if (s.tokens[first - 1]?.lower === 'by') return false;
  if (next.lower === 'on') return /^\s*,/.test(s.text.slice(next.end - s.range.start));
  return SINCE.has(next.lower);
}

/**
 * Whether two durations may disagree: both must be of one kind, a stretch ("two days of talks")
 * or the time since a happening ("three weeks after talks opened"), and two times since are
 * read from each report's date: "Five days after the grounding" on the 15th and "One week after"
 * on the 17th point to one day. Undated, they compare as written.
 */
function sameElapsedPoint(sa: Sentence, qa: Quantity, pa: string | null, sb: Sentence, qb: Quantity, pb: string | null): boolean {
  const ea = elapsed(sa, qa);
  if (ea !== elapsed(sb, qb)) return false;
  if (!ea || !pa || !pb) return true;
  const shift = (Date.parse(pb) - Date.parse(pa)) / 1000;
  const slack = Math.max(1.5 * 86400, 0.15 * Math.max(qa.nominal, qb.nominal));
  return Math.abs(qb.nominal - qa.nominal - shift) > slack;
}

/**
 * Two counts an order of magnitude apart are two measures (the tickets for six shows and for a
 * whole tour, a day's admissions and a season's cases): outlets that disagree on one figure
 * disagree by a fraction of it, and a revision rarely multiplies it fivefold. Durations get
 * more room (a sentence of six months or of three years is one disputed measure), but two
 * stretches a hundredfold apart ("three minutes from the end", "a third cup in five years")
 * are two things. So are two sums fiftyfold apart: a price per share and the company's value.
 */
function apart(x: Quantity, y: Quantity): boolean {
  const limit = x.unit === 'count' ? 5 : x.unit === 'duration' ? 100 : x.unit.startsWith('money') ? 50 : Infinity;
  const [lo, hi] = x.nominal < y.nominal ? [x.nominal, y.nominal] : [y.nominal, x.nominal];
  return lo > 0 && hi / lo > limit;
}

/**
 * A figure asked for and a figure done are different measures, and so are a figure and a
 * further one added to it, a figure and what remains of it or was restored, a part of a group and the group,
 * a length between two points and the size of an area, how many a thing has and how many held a group, a limit and a level, a rise and a fall, a move's size and a level, two moves reported on
 * different dates, a sum across several things and one thing's figure, two named holders'
 * figures, a woman's and a man's ("her two children" / "his three children"), figures "during"
 * two named stretches, and a day's figure and a whole period's
 * (durations and magnitudes have no such scope). A figure one side says replaces the other's
 * is past the part test and the last two: it is the same measure by its own words.
 */
/** Figures of an interim finding and of the final one are two measures (reportStage). */
function differentStages(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity): boolean {
  const stages = new Set([reportStage(sa, spanTokens(sa, qa).first), reportStage(sb, spanTokens(sb, qb).first)]);
  return stages.has('partial') && stages.has('final');
}

function comparableInContext(sa: Sentence, qa: Quantity, ca: Range, pa: string | null, sb: Sentence, qb: Quantity, cb: Range, pb: string | null, isHolder: (id: string) => boolean, revisedFrom: boolean): boolean {
  if (isProposed(sa, qa, ca) !== isProposed(sb, qb, cb)) return false;
  if (isIncrement(sa, qa) !== isIncrement(sb, qb)) return false;
  if (isRemainder(sa, qa, ca) !== isRemainder(sb, qb, cb) || isRestored(sa, qa, ca) !== isRestored(sb, qb, cb)) return false;
  const [da, db] = [duringOf(sa, ca), duringOf(sb, cb)];
  if (da !== undefined && db !== undefined && da !== db) return false;
  const [oa, ob] = [ownerPronoun(sa, qa), ownerPronoun(sb, qb)];
  if (oa !== undefined && ob !== undefined && oa !== ob) return false;
  if (isAggregate(sa, ca) !== isAggregate(sb, cb)) return false;
  if (isSeparation(sa, qa) !== isSeparation(sb, qb) || isGust(sa, qa) !== isGust(sb, qb) || inRole(sa, qa) !== inRole(sb, qb)) return false;
  if (isCapacity(sa, qa) !== isCapacity(sb, qb) || differentStages(sa, qa, sb, qb)) return false;
  // (Unless one side replaces the other's very figure: "The award includes £200,000 in aggravated
  // damages" / "cut the aggravated element of the award from £200,000 to £50,000".)
  if (isPart(sa, qa, ca) !== isPart(sb, qb, cb) && !revisedFrom) return false;
  if (isRestOfGroup(sa, qa) !== isRestOfGroup(sb, qb) || shareOf(sa, ca) !== shareOf(sb, cb) || restOfTold(sa, qa, sb, qb)) return false;
  if ((isRestOfWhole(sa, qa) && (isSizeOfWhole(qb) || owned(sb, qb))) || (isRestOfWhole(sb, qb) && (isSizeOfWhole(qa) || owned(sa, qa)))) return false;
  // Tallies out of different bases ("4.5 points from five games" / "five points from six
  // games") are one tally at two moments, and their bases two moments' counts.
  const [ta, tb] = [tallyBase(sa, qa), tallyBase(sb, qb)];
  if (ta && tb && valuesDiffer(ta, tb)) return false;
  if (isTallyBase(sa, qa) || isTallyBase(sb, qb)) return false;
  if (!sameMeasuredThing(sa, qa, ca, sb, qb, cb) || !sameOffset(sa, qa, sb, qb) || !sameRateTarget(sa, qa, sb, qb)) return false;
  if (isSpeakerCount(sa, qa) || isSpeakerCount(sb, qb)) return false;
  if (ownedVersusOccupied(sa, qa, sb, qb) || differentDeeds(sa, qa, sb, qb) || noneOf(sa, qa) !== noneOf(sb, qb) || toldHere(sa, qa) !== toldHere(sb, qb)) return false;
  if (memberOf(sa, qa) !== memberOf(sb, qb) || ofThose(qa) !== ofThose(qb)) return false;
  const [aa, ab] = [areaOf(sa, qa), areaOf(sb, qb)];
  if (aa && ab && aa.place === ab.place && aa.area !== ab.area) return false;
  // A whole that parts are told of ("Of 47 allegations,", "41 of the 47 allegations") is what
  // was brought, not what a deed befell ("admitted 14 allegations").
  const [wa, wb] = [isWholeOfParts(sa, qa), isWholeOfParts(sb, qb)];
  if (wa !== wb && deedBefore(...(wa ? [sb, qb] as const : [sa, qa] as const)) !== undefined) return false;
  if (isLimit(sa, qa, ca) !== isLimit(sb, qb, cb)) return false;
  if (!sameHolder(holderOf(sa, qa, isHolder), holderOf(sb, qb, isHolder))) return false;
  // A figure said to have moved from the other side's ("has grown from five to seven") is that
  // figure's new level, however the move is told.
  if (revisedFrom) return true;
  const [ma, mb] = [movementOf(sa, qa), movementOf(sb, qb)];
  if (!sameMovement(ma, mb)) return false;
  // A move is of its day: two moves reported on different dates are two moves, not a revision,
  // unless both name the day they tell of ("crashed by 30 per cent on Tuesday" / "closed 12 per
  // cent lower on Tuesday") in reports less than a week apart, and of the same thing.
  const sameDate = !pa || !pb || pa === pb;
  const withinWeek = !sameDate && Math.abs(Date.parse(pa!) - Date.parse(pb!)) < WEEK_MS;
  if (ma?.change && !sameDate && !(withinWeek && sameNamedDay(sa, ca, pa, sb, cb, pb) && sameMover(sa, qa, sb, qb))) return false;
  if (qa.unit === 'duration' || qa.unit === 'magnitude') return true;
  return sameTimeScope(timeScope(sa, qa, ca), timeScope(sb, qb, cb));
}

const WEEK_MS = 7 * 86400 * 1000;

/**
 * "turnout here was around 61 per cent": a local paper's figure for its own place, not the
 * whole ("Turnout was 51.8 per cent of an electorate of 24,030").
 */
function toldHere(s: Sentence, q: Quantity): boolean {
  const { first } = spanTokens(s, q);
  for (let k = first - 1; k >= 0 && k >= first - HERE_REACH; k--) {
    if (/[,;:.!?]/.test(s.text.slice(s.tokens[k].end - s.range.start, s.tokens[k + 1].start - s.range.start))) return false;
    if (HERE.has(s.tokens[k].lower)) return true;
  }
  return false;
}
const HERE = new Set(['here', 'locally']);
/** Words "here" may stand before the figure it scopes: "turnout here was around 61 per cent". */
const HERE_REACH = 4;

/**
 * The member of a set a figure is told of, by its ordinal: "only the first box, containing 267
 * papers, was opened" is one of two boxes, so its 267 is not the other box's 231, nor anything
 * said of the set's one member a report follows ("It ... contained 231 ballot papers").
 */
function memberOf(s: Sentence, q: Quantity): string | undefined {
  let k = spanTokens(s, q).first - 1;
  if (MEMBER_LINKS.has(s.tokens[k]?.lower)) k--;
  const noun = s.tokens[k];
  if (!noun || noun.stop || noun.cap || noun.isNumber) return undefined;
  const ordinal = s.tokens[k - 1]?.lower;
  return MEMBER_ORDINALS.has(ordinal) && s.tokens[k - 2]?.lower === 'the' ? ordinal : undefined;
}
/** Ordinals that pick one member of a set: "the first box", "the other lorry". */
const MEMBER_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'other', 'former', 'latter']);
/** Words between a member and its figure: "the first box, containing 267 papers". */
const MEMBER_LINKS = new Set(['containing', 'contained', 'holding', 'held', 'carrying', 'carried', 'with', 'had', 'has']);

/**
 * The place a count of things is told within, and the kind of area it names there: "12 schools
 * in the Lissendale district" are the district's, a wider place than the town whose own are
 * "Lissendale's four secondary schools". Undefined when no name scopes the figure so.
 */
function areaOf(s: Sentence, q: Quantity): { place: string; area: string } | undefined {
  const { first, last } = spanTokens(s, q);
  const owner = s.entityAt.get(first - 1);
  if (owner !== undefined && s.tokens[first - 1].possessive) return { place: owner, area: '' };
  // After the figure and up to two words of its noun: "in the X district", "across X".
  for (let k = last + 1; k <= last + 3 && k < s.tokens.length; k++) {
    const t = s.tokens[k];
    if (WITHIN.has(t.lower)) {
      let j = s.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      const place = s.entityAt.get(j);
      if (place === undefined) return undefined;
      while (s.entityAt.get(j) === place) j++;
      const head = s.tokens[j]?.lower ?? '';
      return { place, area: AREAS.has(head) ? head : '' };
    }
    if (t.stop || t.cap || t.isNumber) return undefined;
  }
  return undefined;
}
const WITHIN = new Set(['in', 'across', 'throughout']);
/** Nouns after a place's name that make it the wider area around it: "the Lissendale district". */
const AREAS = new Set(['district', 'region', 'county', 'area', 'province', 'borough', 'municipality', 'state']);

/**
 * "none of the 48 evening-only guests fell ill": a group none of whom it befell, not a count of
 * those it befell ("Sixty-two guests fell ill").
 */
function noneOf(s: Sentence, q: Quantity): boolean {
  const { first } = spanTokens(s, q);
  const k = s.tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
  return s.tokens[k]?.lower === 'of' && s.tokens[k - 1]?.lower === 'none';
}

/**
 * Things counted as what two different deeds were done to ("contained 231 ballot papers" /
 * "issued 498 ballot papers", "destroyed 40 homes" / "damaged 60 homes") are two measures.
 * Not people: their fates count them elsewhere (peoplePredicate).
 */
function differentDeeds(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity): boolean {
  if (qa.unit !== 'count' || qa.counted.includes(PEOPLE) || qb.counted.includes(PEOPLE)) return false;
  const [da, db] = [deedBefore(sa, qa), deedBefore(sb, qb)];
  return da !== undefined && db !== undefined && da !== db;
}


/**
 * Both clauses name one weekday ("on Tuesday"); a clause that names none tells of its report's
 * own day ("Shares were down 18.4% in afternoon trading", published on the Monday of "plunged by
 * a quarter on Monday").
 */
function sameNamedDay(sa: Sentence, ca: Range, pa: string | null, sb: Sentence, cb: Range, pb: string | null): boolean {
  const days = (s: Sentence, c: Range, published: string | null): string[] => {
    const named = tokensIn(s, c).filter((t) => WEEKDAYS.has(t.lower)).map((t) => t.lower);
    return named.length > 0 || !published ? named : [WEEKDAY_NAMES[new Date(published + 'T12:00:00Z').getUTCDay()]];
  };
  const db = days(sb, cb, pb);
  return days(sa, ca, pa).some((d) => db.includes(d));
}
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Words a comma-bounded phrase needs to stand as a quote on its own. */
const MIN_PHRASE_TOKENS = 4;

/**
 * The comma-bounded phrase of `clause` that holds the figure, when it says enough alone: the
 * quote of a disputed figure should not also cover another figure beside it ("a concentration
 * of 2.6 nanograms per millilitre, more than five times the reporting limit of 0.5 nanograms").
 */
function phraseOf(s: Sentence, q: Quantity, clause: Range): Range {
  let start = clause.start;
  let end = clause.end;
  let tokens = 0;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (t.start < clause.start || t.end > clause.end) continue;
    const commaBefore = i > 0 && s.text.slice(s.tokens[i - 1].end - s.range.start, t.start - s.range.start).includes(',');
    if (commaBefore && t.start > clause.start) {
      if (t.start > q.start) {
        end = s.tokens[i - 1].end;
        break;
      }
      start = t.start;
      tokens = 0;
    }
    tokens++;
  }
  const phrase = tokens >= MIN_PHRASE_TOKENS && start <= q.start && q.end <= end ? { start, end } : clause;
  return withoutLaterFigures(s, q, phrase);
}

/** Words that join a second claim to a figure's phrase: "23,500 was well within", "51.8% against". */
const NEXT_CLAIM = new Set(['and', 'but', 'against', 'while', 'whereas', 'was', 'is', 'were', 'are', 'compared', 'versus', 'vs']);

/**
 * The phrase cut before a second claim that brings in another figure ("the crowd of just under
 * 23,500 was well within the stadium's licensed capacity of 27,000" -> "the crowd of just under
 * 23,500"; "Brandt had 51.8% of the vote against 48.2% for X" -> "Brandt had 51.8% of the
 * vote"): the quote shows the disputed figure with what it says of it, not a figure of another
 * measure beside it.
 */
function withoutLaterFigures(s: Sentence, q: Quantity, phrase: Range): Range {
  const other = s.quantities.find((o) => o !== q && o.start >= q.end && o.start < phrase.end);
  if (!other) return phrase;
  const join = s.tokens.findIndex((t) => t.start >= q.end && t.end <= other.start && NEXT_CLAIM.has(t.lower));
  if (join <= 0) return phrase;
  const end = s.tokens[join - 1].end;
  const kept = s.tokens.filter((t) => t.start >= phrase.start && t.end <= end).length;
  return kept >= MIN_PHRASE_TOKENS && end >= q.end ? { start: phrase.start, end } : phrase;
}

/**
 * The noun a sum stands before as its price, after "the" or "a" ("the $250 million production",
 * names between counting as none): what the sum is the value of. Not a share of it ("$12m of
 * the rebate") nor a sum after its noun ("a rebate of $40m"), which may be part of the whole.
 */
function pricedHead(s: Sentence, q: Quantity): string | undefined {
  const { first, last } = spanTokens(s, q);
  let k = first - 1;
  while (k >= 0 && APPROX_WORDS.has(s.tokens[k].lower)) k--;
  // (Or an owner's name: "The bank's £250,000 reward".)
  if (!PRICE_DETERMINERS.has(s.tokens[k]?.lower ?? '') && s.tokens[k]?.possessive !== true) return undefined;
  let h = last + 1;
  // (Past names and a rank: "the €20,000 first prize".)
  while (h < s.tokens.length && (s.entityAt.has(h) || RANKS.has(s.tokens[h].lower))) h++;
  const t = s.tokens[h];
  if (!t || t.stop || t.cap || t.isNumber || s.tokens[h + 1]?.lower === 'of') return undefined;
  return t.norm;
}

/** A rank between a sum and the noun it prices ("the €20,000 first prize"). */
const RANKS = new Set(['first', 'second', 'third', 'top']);
const PRICE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this']);
/** Words that round a figure and may stand between it and its determiner ("the roughly $180m"). */
const APPROX_WORDS = new Set(['about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost', 'estimated', 'reported', 'reputed', 'whopping', 'mere']);

/** The noun a figure is "of" ("an exchange of 800 prisoners"), the same on both sides. */
function sameOfHead(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity): boolean {
  const ha = ofHead(sa, qa);
  return ha !== undefined && ha === ofHead(sb, qb);
}
