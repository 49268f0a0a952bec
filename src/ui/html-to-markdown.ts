/**
 * A sanitised article body (DOM nodes) to Markdown that renders back to the same text. Small on
 * purpose: articles need paragraphs, headings, quotes, lists, emphasis, code, tables and links,
 * nothing more. Works on nodes, never on HTML strings, so it needs no parser (and no Trusted
 * Types sink); every text is escaped so nothing in it becomes Markdown or HTML.
 */
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'UL']);

export function htmlToMarkdown(root: Node): string {
  return blocks(root).join('\n\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function blocks(parent: Node): string[] {
  const out: string[] = [];
  let run: Node[] = [];
  const flush = () => {
    const text = paragraph(run.map(inline).join(''));
    if (text) out.push(text);
    run = [];
  };
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && BLOCKS.has(node.nodeName)) {
      flush();
      out.push(...block(node as Element));
    } else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) run.push(node);
  }
  flush();
  return out.filter((b) => b.trim() !== '');
}

function block(el: Element): string[] {
  const name = el.nodeName;
  if (/^H[1-6]$/.test(name)) {
    const text = inlineOf(el).trim();
    return text ? [`${'#'.repeat(Number(name[1]))} ${text.replace(/\n/g, ' ')}`] : [];
  }
  switch (name) {
    case 'P':
    case 'FIGCAPTION':
    case 'DT':
    case 'SUMMARY': {
      const text = paragraph(inlineOf(el));
      return text ? [text] : [];
    }
    case 'HR':
      return ['---'];
    case 'BLOCKQUOTE':
      return [blocks(el).join('\n\n').split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n')];
    case 'UL':
    case 'OL': {
      const items = [...el.children].filter((c) => c.nodeName === 'LI');
      return [items.map((li, i) => {
        const marker = name === 'OL' ? `${i + 1}. ` : '- ';
        const body = blocks(li).join('\n\n') || '';
        return marker + body.split('\n').map((l, k) => (k === 0 || !l ? l : ' '.repeat(marker.length) + l)).join('\n');
      }).join('\n')];
    }
    case 'PRE': {
      const code = (el.textContent ?? '').replace(/\n$/, '');
      const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
      const fence = '`'.repeat(longest + 1);
      return [`${fence}\n${code}\n${fence}`];
    }
    case 'TABLE': {
      const rows = [...el.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => inlineOf(cell).replace(/\n/g, ' ').trim()));
      if (rows.length === 0) return [];
      const width = Math.max(...rows.map((r) => r.length));
      const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
      return [[line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n')];
    }
    default:
      return blocks(el);
  }
}

function inlineOf(el: Node): string {
  return [...el.childNodes].map(inline).join('');
}

function inline(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return escapeText((node.textContent ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  switch (el.nodeName) {
    case 'BR':
      return '\\\n';
    case 'STRONG':
    case 'B':
      return wrap(inlineOf(el), '**');
    case 'EM':
    case 'I':
    case 'CITE':
      return wrap(inlineOf(el), '_');
    case 'CODE': {
      const code = (el.textContent ?? '').replace(/\s+/g, ' ');
      if (!code.trim()) return code;
      const ticks = '`'.repeat(Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
      return `${ticks}${/^`|`$/.test(code) ? ` ${code} ` : code}${ticks}`;
    }
    case 'A': {
      const text = inlineOf(el);
      const href = el.getAttribute('href')?.trim() ?? '';
      // Only web and mail links stay links; anything else keeps its text.
      if (!/^(https?:|mailto:)/i.test(href) || !text.trim()) return text;
      return `[${text}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
    }
    default:
      return inlineOf(el);
  }
}

/** Emphasis markers outside the white space, so Markdown sees them as emphasis. */
function wrap(text: string, marker: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${marker}${m[2]}${marker}${m[3]}` : text;
}

function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => '\\' + c).replace(/&(?=[#a-z0-9]+;)/gi, '&amp;');
}

/** A paragraph's lines, trimmed, with line starts that Markdown would read as syntax escaped. */
function paragraph(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim()
    .replace(/^([#>+-]|=+|\d+[.)])(?=\s|$)/gm, (mark) => mark.replace(/([#>+\-=.)])$/, '\\$1'));
}
