import type { Annotation, FindingReview } from '../annotations.ts';
import type { Link } from '../types.ts';
import { exportFileName } from './file-names.ts';
import { byCreated, byReadingOrder, findingsOverlapping, type Finding } from './findings.ts';
import { blockquote, escapeInline, escapeText, hashTag, safeFileName, yamlString } from './markdown-text.ts';
import type { ArticleMeta, ExportFile, ExportInput } from './types.ts';

export interface MarkdownOptions {
  /** One file for the whole library instead of one per article. */
  combined?: boolean;
  /** Names the combined file and dates it; defaults to now. */
  date?: Date;
}

/**
 * Notes as Markdown for Obsidian or Logseq: YAML front matter, page notes first, then each
 * highlight in reading order as a blockquote (quote, category and tags, the note quoted once more
 * inside it), cross-source findings as footnotes, and highlights that lost their place at the end.
 */
export function toMarkdown(input: ExportInput, options: MarkdownOptions = {}): ExportFile[] {
  const groups = groupByArticle(input);
  const reviews = new Map((input.reviews ?? []).map((r) => [r.linkId, r]));
  const outlets = new Map(input.articles.map((a) => [a.id, outletName(a)]));
  const links = input.links ?? [];

  if (options.combined) {
    const date = options.date ?? new Date();
    const notes = new Footnotes(outlets);
    const sections = groups.map(({ article, annotations }) => {
      const meta = [article.outlet && `*${escapeInline(article.outlet)}*`, article.published && escapeInline(article.published), article.url && autolink(article.url)].filter(Boolean);
      const head = `## ${escapeInline(article.title)}` + (meta.length > 0 ? `\n\n${meta.join(' · ')}` : '');
      return [head, ...articleBody(article, annotations, links, reviews, notes, '###')].join('\n\n');
    });
    const day = exportFileName('markdown', date).slice('crosslight-notes-'.length, -'.md'.length);
    const front = frontMatter([['title', 'Crosslight notes'], ['date', day], ['source', 'Crosslight']]);
    return [{ name: exportFileName('markdown', date), content: join([front, '# Crosslight notes', ...sections, notes.render()]) }];
  }

  const taken = new Map<string, number>();
  return groups.map(({ article, annotations }) => {
    const notes = new Footnotes(outlets);
    const front = frontMatter([
      ['title', article.title],
      ['outlet', article.outlet],
      ['date', article.published],
      ['url', article.url],
      ['author', article.author],
      ['source', 'Crosslight'],
    ]);
    const body = articleBody(article, annotations, links, reviews, notes, '##');
    return { name: uniqueName(safeFileName(article.title, article.id), taken), content: join([front, `# ${escapeInline(article.title)}`, ...body, notes.render()]) };
  });
}

interface ArticleGroup {
  article: ArticleMeta;
  annotations: Annotation[];
}

/** Articles that have notes, in the library's order; notes on unknown articles are kept, not dropped. */
function groupByArticle(input: ExportInput): ArticleGroup[] {
  const byId = new Map<string, Annotation[]>();
  for (const a of input.annotations) byId.set(a.target.source, [...(byId.get(a.target.source) ?? []), a]);
  const groups: ArticleGroup[] = [];
  for (const article of input.articles) {
    const annotations = byId.get(article.id);
    if (annotations) groups.push({ article, annotations });
    byId.delete(article.id);
  }
  for (const [id, annotations] of byId) {
    groups.push({ article: { id, title: `Article ${id} (not in the library)`, outlet: null, published: null, url: null, author: null }, annotations });
  }
  return groups;
}

function articleBody(
  article: ArticleMeta,
  annotations: Annotation[],
  links: readonly Link[],
  reviews: ReadonlyMap<string, FindingReview>,
  notes: Footnotes,
  h: string,
): string[] {
  const page = annotations.filter((a) => !a.target.selectors).sort(byCreated);
  const placed = annotations.filter((a) => a.target.selectors && a.anchor !== 'orphaned').sort(byReadingOrder);
  const orphaned = annotations.filter((a) => a.target.selectors && a.anchor === 'orphaned').sort(byCreated);
  const out: string[] = [];
  if (page.length > 0) out.push(`${h} Notes on the whole article`, ...page.map((a) => annotationBlock(a, '')));
  if (placed.length > 0) {
    out.push(`${h} Highlights`);
    for (const a of placed) {
      const [, position] = a.target.selectors!;
      const refs = findingsOverlapping(article.id, position.start, position.end, links, reviews).map((f) => notes.ref(f));
      out.push(annotationBlock(a, refs.join('')));
    }
  }
  // A highlight whose passage could not be found again: its quote is all that is certain, so no findings.
  if (orphaned.length > 0) out.push(`${h} Highlights that could not be placed`, ...orphaned.map((a) => annotationBlock(a, '')));
  return out;
}

/** One blockquote: the quote (with footnote refs), then category and tags, then the note nested. */
function annotationBlock(a: Annotation, refs: string): string {
  const parts: string[] = [];
  if (a.target.selectors) parts.push(escapeText(a.target.selectors[0].exact) + refs);
  const tags = a.tags.map(hashTag).filter((t): t is string => t !== null);
  parts.push([`**${a.category}**`, ...(tags.length > 0 ? [tags.join(' ')] : [])].join(' · '));
  if (a.note.trim() !== '') parts.push(blockquote(a.note));
  return blockquote(parts.join('\n\n'));
}

/** Footnotes numbered in order of first use; a finding shared by two highlights is defined once. */
class Footnotes {
  private readonly numbers = new Map<string, number>();
  private readonly lines: string[] = [];
  constructor(private readonly outlets: ReadonlyMap<string, string>) {}

  ref(f: Finding): string {
    let n = this.numbers.get(f.link.id);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(f.link.id, n);
      this.lines.push(`[^${n}]: ${this.describe(f)}`);
    }
    return `[^${n}]`;
  }

  private describe(f: Finding): string {
    const outlet = this.outlets.get(f.other.article) ?? f.other.article;
    const parts = [`**${KIND_LABEL[f.link.kind]}** ${escapeInline(outlet)}: “${escapeInline(f.other.quote)}”`];
    if (f.link.explanation.trim() !== '') parts.push(escapeInline(f.link.explanation));
    if (f.review) parts.push(`*You ${f.review.verdict} this finding.*`);
    return parts.join(' — ');
  }

  render(): string {
    return this.lines.join('\n');
  }
}

const KIND_LABEL: Record<Link['kind'], string> = {
  shared: 'Also reported by',
  contradiction: 'Contradicted by',
  update: 'Updated by',
};

/** `<url>` only when the URL cannot end the autolink early; otherwise plain escaped text. */
function autolink(url: string): string {
  return /^[a-z][a-z0-9+.-]*:[^\s<>]*$/i.test(url) ? `<${url}>` : escapeInline(url);
}

function outletName(a: ArticleMeta): string {
  return a.outlet ?? a.title;
}

/** Keys in a fixed order; every string double-quoted, so no title can turn into YAML syntax. */
function frontMatter(fields: [string, string | null][]): string {
  const lines = fields.filter((f): f is [string, string] => f[1] !== null).map(([k, v]) => `${k}: ${yamlString(v)}`);
  return ['---', ...lines, '---'].join('\n');
}

function uniqueName(base: string, taken: Map<string, number>): string {
  const key = base.toLowerCase();
  const n = (taken.get(key) ?? 0) + 1;
  taken.set(key, n);
  return n === 1 ? `${base}.md` : `${base} (${n}).md`;
}

function join(blocks: string[]): string {
  return blocks.filter((b) => b !== '').join('\n\n') + '\n';
}
