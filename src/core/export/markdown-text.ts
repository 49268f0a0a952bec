/**
 * Small, safe pieces of Markdown and YAML. Reader text (quotes, titles) must read as written in
 * Obsidian and Logseq, and a note's own Markdown must stay inside the block it belongs to.
 */

/** Every line ending CommonMark knows (a lone CR is one too, and would slip past a `> ` prefix). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Escapes plain text so nothing in it is read as Markdown: CommonMark's inline markers, plus
 * Obsidian's extras (`#tag`, `$math$`, `==mark==`, `%%comment%%`), and block markers at a line
 * start (lists, headings, setext underlines, numbered items). Backslash escapes of ASCII
 * punctuation are valid CommonMark, so the text renders exactly as it was.
 */
export function escapeText(text: string): string {
  return splitLines(text)
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>#~$]/g, (c) => '\\' + c)
        .replace(/==/g, '\\=\\=')
        .replace(/%%/g, '\\%\\%')
        .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
        .replace(/^(\s*)([-+=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/** One line of text: white space (newlines included) collapsed, then escaped. */
export function escapeInline(text: string): string {
  return escapeText(text.replace(/\s+/g, ' ').trim());
}

/**
 * Prefixes every line with `depth` levels of `> `. Whatever the text holds (headings, an unclosed
 * code fence, `---`), CommonMark closes it at the end of the quote container, so it cannot reach
 * the blocks after it.
 */
export function blockquote(text: string, depth = 1): string {
  const marker = Array.from({ length: depth }, () => '>').join(' ');
  return splitLines(text)
    .map((line) => (line === '' ? marker : `${marker} ${line}`))
    .join('\n');
}

/**
 * A YAML double-quoted scalar. JSON string syntax is valid YAML (JSON.stringify already escapes
 * C0 controls and lone surrogates), except that YAML also requires escaping DEL, C1 controls,
 * U+FEFF and U+FFFE/U+FFFF, which JSON leaves raw; line separators are escaped for readability.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/**
 * `#tag` for Obsidian/Logseq: tags cannot hold spaces or most punctuation, and one made only of
 * digits is not a tag, so those get a leading `_`. Returns null when nothing usable is left.
 */
export function hashTag(tag: string): string | null {
  const body = tag.normalize('NFC').replace(/[^\p{L}\p{N}_/-]+/gu, '-').replace(/^[-/]+|[-/]+$/g, '');
  if (!body) return null;
  return '#' + (/^[\d/-]+$/.test(body) ? '_' + body : body);
}

/**
 * A file name from a title: keeps letters of any script, drops what Windows, macOS or Obsidian
 * links refuse (`/ \ : * ? " < > | # ^ [ ]`, control characters, leading dots), at most 80
 * characters, never empty.
 */
export function safeFileName(title: string, fallback: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|#^[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const short = Array.from(cleaned).slice(0, 80).join('').trim();
  // Windows reserves these device names whatever the extension.
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(short)) return `${short} (article)`;
  return short || fallback;
}
