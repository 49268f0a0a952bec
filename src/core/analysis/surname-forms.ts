/**
 * Gendered forms of one family name. Slavic languages give a woman's surname its own ending
 * ("Sedlakova" for the Sedlak family, "Ivanova" for Ivanov, "Kowalska" for Kowalski,
 * "Dostoyevskaya" for Dostoyevsky), and an English-language report may print either form for the
 * same woman. Spelling distance cannot see these as one name: the endings are whole syllables.
 */

/**
 * The part of a folded surname that its masculine and feminine forms share: the possessive
 * suffixes (-ov, -ev, -ova, -eva), the adjectival ones (-ski, -sky, -ska, -skaya; -cki, -cka) and
 * the feminine -a after -in are taken off. Ivanov and Ivanova both give "ivan".
 */
export function familyStem(surname: string): string {
  if (surname.length < 5) return surname;
  return surname
    .replace(/(?<=\p{L}{3})(?:ova|ov|eva|ev)$/u, '')
    .replace(/(?<=\p{L}{3}[iy]n)a$/u, '')
    .replace(/(?<=\p{L}{2}[sc]k)(?:aya|aja|a|iy|ii|i|y)$/u, '');
}

/**
 * Two surnames that are one family name's feminine and masculine forms: exactly one of them ends
 * in the feminine -a, and their stems agree. Only meaningful under the same first name: "Jan
 * Novak" and "Jana Novakova" are two people.
 */
export function genderedSurnameForms(a: string, b: string): boolean {
  if (a.endsWith('a') === b.endsWith('a')) return false;
  const [feminine, masculine] = a.endsWith('a') ? [a, b] : [b, a];
  const stem = familyStem(feminine);
  return stem !== feminine && stem.length >= 3 && stem === familyStem(masculine);
}
