/**
 * Saved web pages to Markdown: the heavy part of importing (Readability), loaded with
 * a dynamic import only when the reader imports an .html file.
 *
 * Nothing in the page ever runs or loads: the file is parsed by DOMPurify (an inert document
 * made with DOMParser, through DOMPurify's Trusted Types policy) with scripts, frames, forms,
 * SVG, styles and images already removed; Readability then picks the article body in that
 * inert document, the body is sanitised again, and html-to-markdown.ts writes Markdown from
 * the sanitised nodes. The Markdown is sanitised once more whenever it is rendered.
 */
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import type { ArticleMeta } from '../core/import/types.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { renameInlineHandlers } from './inline-handlers.ts';

/** Never kept from a saved page: active content, embedded documents, forms, media (no request may leave). */
const FORBID_TAGS = ['script', 'noscript', 'style', 'link', 'base', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'form', 'input', 'button', 'textarea', 'select', 'option', 'img', 'picture', 'source', 'video', 'audio', 'track', 'canvas', 'map', 'area', 'dialog'];
const OUTPUT_FORBID_ATTR = ['style', 'id', 'name', 'class', 'srcset', 'src', 'formaction', 'action', 'background', 'ping', 'poster'];

/**
 * Readability retries a short result by restoring the page from an HTML string (innerHTML),
 * which Trusted Types forbid: with a threshold of one character its first pass is always taken (an empty page is refused
 * before Readability runs). The first pass
 * is its strictest (unlikely candidates stripped, classes weighed), which suits article pages.
 */
const READABILITY_MIN_CHARS = 1;

export type Extracted = { ok: true; markdown: string; meta: Partial<ArticleMeta> } | { ok: false; reason: string };

export function extractHtmlArticle(html: string): Extracted {
  // `<base>` would be reported by the CSP (base-uri) as the inert document is parsed, though
  // it could do nothing there; renamed, it is just an unknown element that pass 1 removes.
  html = renameInlineHandlers(html.replace(/<(\/?)base(?=[\s/>])/gi, '<$1x-base'));
  // Pass 1: the whole page, inert and defanged; meta tags and the canonical link are kept to be read.
  // DOMPurify drops `property` (Open Graph's attribute) whatever the config: keep it on <meta>, for this call only.
  const keepMetaAttributes = (node: Element, data: { attrName: string; forceKeepAttr?: boolean }) => {
    if (node.nodeName === 'META' && ['property', 'content', 'name', 'itemprop'].includes(data.attrName)) data.forceKeepAttr = true;
  };
  DOMPurify.addHook('uponSanitizeAttribute', keepMetaAttributes);
  let root: HTMLElement;
  try {
    root = DOMPurify.sanitize(html, {
      WHOLE_DOCUMENT: true,
      RETURN_DOM: true,
      ADD_TAGS: ['meta', 'link'],
      ADD_ATTR: ['content', 'itemprop', 'rel', 'datetime'],
      FORBID_TAGS: FORBID_TAGS.filter((t) => t !== 'link'),
      FORBID_ATTR: ['style', 'srcset', 'src', 'ping', 'background', 'formaction', 'action'],
    }) as HTMLElement;
  } finally {
    DOMPurify.removeHook('uponSanitizeAttribute', keepMetaAttributes);
  }
  const doc = root.ownerDocument;
  const meta = readMeta(doc);
  for (const link of doc.querySelectorAll('link')) link.remove();

  if (!doc.body?.textContent?.trim()) return { ok: false, reason: 'no article text was found in the page' };
  const article = new Readability(doc, { keepClasses: false, charThreshold: READABILITY_MIN_CHARS }).parse();
  if (!article?.content || !article.textContent?.trim()) return { ok: false, reason: 'no article text was found in the page' };
  meta.title ||= article.title ?? '';
  meta.outlet ||= article.siteName ?? '';
  meta.author ||= (article.byline ?? '').replace(/^by\s+/i, '');
  meta.published ||= article.publishedTime ?? '';

  // Pass 2: only the body Readability chose, strictly sanitised, then Markdown.
  const body = DOMPurify.sanitize(article.content, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS, FORBID_ATTR: OUTPUT_FORBID_ATTR, ALLOW_DATA_ATTR: false });
  const markdown = htmlToMarkdown(body);
  return { ok: true, markdown, meta };
}

/** Title, outlet, date, author and canonical address from the page's meta tags. */
function readMeta(doc: Document): Partial<ArticleMeta> {
  const content = (...selectors: string[]) => {
    for (const s of selectors) {
      const value = doc.querySelector(s)?.getAttribute(s.startsWith('time') ? 'datetime' : 'content')?.trim();
      if (value) return value;
    }
    return '';
  };
  const outlet = content('meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]');
  let title = content('meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]') || doc.title.trim();
  if (outlet) title = title.replace(new RegExp(`\\s*[|–—-]\\s*${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i'), '');
  const author = content('meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]', 'meta[name="parsely-author"]', 'meta[name="dc.creator"]');
  return {
    title,
    outlet,
    published: content('meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]',
      'meta[name="publish-date"]', 'meta[name="dc.date"]', 'meta[name="parsely-pub-date"]', 'time[datetime]'),
    author: /^https?:/i.test(author) ? '' : author.replace(/^by\s+/i, ''),
    url: doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim() || content('meta[property="og:url"]'),
  };
}
