/**
 * A fingerprint of a reading text, stored with each highlight as `target.textHash`. When the
 * article's text still has the same fingerprint, stored offsets are trusted without searching.
 *
 * Two independent 32-bit multiply-xor lanes over UTF-16 code units plus the length: 64 bits of
 * hash keeps an accidental collision (which would trust stale offsets) out of reach for a
 * personal library. Pure arithmetic so it runs in core (no crypto.subtle, which is async and
 * absent from the core type environment).
 */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5 ^ text.length;
  let h2 = 0x9e3779b9 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  // Final avalanche so texts differing only in the last characters still differ in every digit.
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35) ^ (h2 >>> 7);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x27d4eb2f) ^ (h1 >>> 11);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${text.length.toString(36)}-${hex(h1)}${hex(h2)}`;
}
