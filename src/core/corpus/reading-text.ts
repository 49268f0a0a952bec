import { Lexer, type Token, type Tokens } from 'marked';

/**
 * The reading text of a Markdown source: what a reader sees, as plain text, blocks separated
 * by a blank line. Every offset in Crosslight (findings, highlights) refers to this string, and
 * the reader view maps it back onto the rendered DOM, so it must equal the rendered text up to
 * white space between blocks.
 */
export function readingText(markdown: string): string {
  const blocks: string[] = [];
  collectBlocks(new Lexer().lex(markdown), blocks);
  return blocks.filter((b) => b.trim() !== '').join('\n\n');
}

function collectBlocks(tokens: Token[], out: string[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
      case 'paragraph':
        out.push(inlineText((token as Tokens.Heading | Tokens.Paragraph).tokens).trim());
        break;
      case 'text': // a loose text block, e.g. inside a tight list item
        out.push((token as Tokens.Text).tokens ? inlineText((token as Tokens.Text).tokens!) : decodeEntities(token.text));
        break;
      case 'blockquote':
        collectBlocks((token as Tokens.Blockquote).tokens, out);
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) collectBlocks(item.tokens, out);
        break;
      case 'code':
        out.push((token as Tokens.Code).text);
        break;
      case 'table': {
        const table = token as Tokens.Table;
        const rows = [table.header, ...table.rows].map((row) => row.map((cell) => inlineText(cell.tokens)).join('\t'));
        out.push(rows.join('\n'));
        break;
      }
      default:
        // hr, space, html blocks, definitions: no reading text (raw HTML is sanitised away or hidden).
        break;
    }
  }
}

function inlineText(tokens: Token[]): string {
  let text = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'escape':
      case 'codespan':
        text += decodeEntities(token.text);
        break;
      case 'br':
        text += '\n';
        break;
      case 'html':
      case 'image':
        break;
      default:
        if ('tokens' in token && token.tokens) text += inlineText(token.tokens);
        else if ('text' in token) text += decodeEntities(token.text as string);
    }
  }
  return text;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** marked leaves entities for the browser to decode; decode the common ones the same way. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}
