/**
 * FNV-1a (32-bit) over UTF-16 code units, as 8 hex digits. Ids derived from content (kind +
 * article ids + quotes) stay the same across runs, so a reader's review of a link survives
 * re-analysis.
 */
export function fnv1a(input: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
