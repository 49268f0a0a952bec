/** Turns the bytes of a file the reader gave us into text, or a reason it is not an article. */

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Files above this are refused before decoding, so a stray video never reaches the parser. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export function decodeArticleBytes(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `the file is ${formatBytes(bytes.length)}, above the ${formatBytes(maxBytes)} limit for one article` };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'the file is binary (not text): Crosslight reads Markdown and plain text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'the file is not valid UTF-8 text: save it as UTF-8 and try again' };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'the file contains only white space' };
  return { ok: true, text };
}

/** A NUL byte, or many control characters in the first 8 KB, means a binary format. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / head.length > 0.1;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}
