/**
 * What entity resolution shares between its stages: a name's mention in a sentence, a group of
 * mentions taken for one name, and the votes for its kind. Mentions are found in
 * entity-mentions.ts, grouped within an article in entity-groups.ts, merged across articles in
 * entity-merge.ts and made entities in entity-build.ts; each reads these types, so they stand
 * apart from all of them.
 */

import type { EntityKind } from '../types.ts';

export interface Mention {
  doc: number;
  sentence: number;
  /** Token indexes of the name within the sentence. */
  first: number;
  last: number;
  /** Folded name tokens, e.g. ['maria', 'lopez']. */
  parts: string[];
  surface: string;
  votes: Record<EntityKind, number>;
  /** Introduced with an office or occupation ("Rail chief Voronin", "said Governor Linwood"). */
  titled?: boolean;
  /** The head of a noun phrase in apposition after it: "airport" in "Fennick, the region's second-busiest airport". */
  apposedAs?: string;
  /** Right after "in" or "near": written as a place ("playing again in Tirnovo"). */
  placed?: boolean;
  /** A woman or a man, by a courtesy title ("Ms X") or the pronoun that follows ("X said she"). */
  gender?: Gender;
  /** The gender is from a courtesy title ("Ms Brenko"), not from a pronoun that may be another's. */
  titleGender?: boolean;
  /**
   * Another name of the mention before it in the sentence: its real name ("Velour, whose real
   * name is Liska Marenova") or a name it goes by ("Liska Marenova, who performs as Velour").
   */
  alsoNamed?: 'real' | 'alias';
  /** How many mentions back the one it names stands, when not the one right before: the sentence's subject ("X, where ..., is known as Y"). */
  namesBack?: number;
  /** In quotation marks right before another name: a nickname of who follows ("“Rocket Rado” Kvesel"). */
  nickname?: boolean;
  /** A name given to whom a pronoun after it refers: "Gerry Cashcombe, as fans have dubbed him,". */
  namesAntecedent?: boolean;
}

export type Gender = 'f' | 'm';

export interface Group {
  id: number;
  mentions: Mention[];
  /** Longest parts seen (the full name). */
  parts: string[];
  votes: Record<EntityKind, number>;
  docs: Set<number>;
  /** Keys of other names the article gives it ("Velour" of "Liska Marenova"), for exact matches elsewhere. */
  alsoKnownAs?: string[];
}

export function emptyVotes(): Record<EntityKind, number> {
  return { person: 0, place: 0, organisation: 0, other: 0 };
}

export function addVotes(into: Record<EntityKind, number>, from: Record<EntityKind, number>): void {
  for (const k of Object.keys(from) as EntityKind[]) into[k] += from[k];
}

/** The votes of several groups together: what the library as a whole says a name is. */
export function sumVotes(groups: Group[]): Record<EntityKind, number> {
  const votes = emptyVotes();
  for (const g of groups) addVotes(votes, g.votes);
  return votes;
}

export function keyOf(parts: string[]): string {
  return parts.join(' ');
}

/** Named with an office or occupation at least once. */
export function isTitled(g: Group): boolean {
  return g.mentions.some((m) => m.titled);
}

export function dominantKind(v: Record<EntityKind, number>): EntityKind {
  let best: EntityKind = 'other';
  let score = 0;
  // 'other' wins only when voted for (a named event): otherwise it is what no vote gives.
  for (const k of ['person', 'organisation', 'place', 'other'] as EntityKind[]) {
    if (v[k] > score) {
      best = k;
      score = v[k];
    }
  }
  return best;
}

/**
 * A group's gender when its mentions agree on one ("Ms Brenko", "Anna Brenko ... her") and
 * none says the other; undefined when they say nothing or disagree.
 */
export function genderOf(mentions: Mention[]): Gender | undefined {
  let found: Gender | undefined;
  for (const m of mentions) {
    if (!m.gender) continue;
    if (found && found !== m.gender) return undefined;
    found = m.gender;
  }
  return found;
}

/**
 * Two people of one surname ("Anna Brenko" and "her husband Piotr Brenko"): keeps the ones a
 * gendered lone surname ("Ms Brenko") can be. Without a gender, or when more than one (or
 * none) fit, all stay: a guess would merge two people.
 */
export function byGender<T>(candidates: T[], gender: Gender | undefined, genderOfCandidate: (c: T) => Gender | undefined): T[] {
  if (!gender || candidates.length < 2) return candidates;
  const fit = candidates.filter((c) => genderOfCandidate(c) !== (gender === 'f' ? 'm' : 'f'));
  return fit.length === 1 ? fit : candidates;
}
