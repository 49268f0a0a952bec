import { hashText } from '../anchoring/hash.ts';

/**
 * The id of an imported article: a readable slug of its title plus a short hash of its reading
 * text, so the same article imported twice gets the same id (and is recognised as a repeat),
 * while two different articles with one title get different ids.
 */
export function importedId(title: string, text: string): string {
  const slug = title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '');
  const digest = hashText(text).split('-')[1].slice(0, 8);
  return `${slug || 'article'}-${digest}`;
}
