import { formatBytes } from '../corpus/decode.ts';
import { DEFAULT_MAX_IMPORT_BYTES, type ImportIssue } from './types.ts';

export type JsonRead = { ok: true; value: unknown } | { ok: false; errors: ImportIssue[] };

/**
 * The file's size, checked before anything else touches it: JSON.parse of a huge string blocks
 * the tab and can run out of memory. A UTF-16 code unit is 1 to 3 bytes of UTF-8, so length alone
 * settles most cases; only the band in between is counted exactly.
 */
export function checkSize(text: string, maxBytes = DEFAULT_MAX_IMPORT_BYTES): ImportIssue | null {
  if (text.length * 3 <= maxBytes) return null;
  const bytes = text.length > maxBytes ? text.length : utf8Length(text);
  if (bytes <= maxBytes) return null;
  const size = text.length > maxBytes ? `at least ${formatBytes(bytes)}` : formatBytes(bytes);
  return { path: '', message: `the file is ${size}, above the ${formatBytes(maxBytes)} import limit: is it the right file?` };
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Size check, then JSON.parse with an error that says where and, for a cut-off file, that it is cut off. */
export function readJson(text: string, maxBytes?: number): JsonRead {
  const tooBig = checkSize(text, maxBytes);
  if (tooBig) return { ok: false, errors: [tooBig] };
  const source = text.replace(/^\uFEFF/, '');
  const start = source.trimStart();
  if (start === '') return { ok: false, errors: [{ path: '', message: 'the file is empty' }] };
  if (start[0] !== '{' && start[0] !== '[') {
    return { ok: false, errors: [{ path: '', message: `this is not a JSON file: it starts with "${preview(start)}"` }] };
  }
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (err) {
    return { ok: false, errors: [{ path: '', message: syntaxMessage(source, err instanceof Error ? err.message : String(err)) }] };
  }
}

function syntaxMessage(source: string, detail: string): string {
  const position = /at position (\d+)/.exec(detail);
  const end = source.trimEnd().length;
  const offset = position ? Number(position[1]) : end;
  const truncated = !position || /Unterminated string|end of JSON/.test(detail) || offset >= end;
  const { line, column } = lineColumn(source, Math.min(offset, end));
  if (truncated) {
    return `the file ends too early, at line ${line}, column ${column}: it looks cut off (an interrupted download or copy?)`;
  }
  const reason = detail.replace(/\s*in JSON at position \d+.*$/, '').replace(/^Unexpected token/, 'unexpected character');
  return `the file is not valid JSON at line ${line}, column ${column} (${reason}) near "${preview(source.slice(Math.max(0, offset - 20), offset + 20))}"`;
}

function lineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

function preview(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 40 ? flat.slice(0, 40) + '…' : flat;
}
