import { parseArticle } from '../../../src/core/corpus/parse-article.ts';
import type { Article } from '../../../src/core/types.ts';

/** A made-up Markdown article with front matter; `published` null means undated. */
export function article(file: string, body: string, meta: { outlet?: string; published?: string | null; title?: string } = {}): Article {
  const fm = [
    '---',
    `title: ${JSON.stringify(meta.title ?? file.replace(/\.md$/, ''))}`,
    `outlet: ${meta.outlet ? JSON.stringify(meta.outlet) : 'null'}`,
    `published: ${meta.published ?? 'null'}`,
    '---',
    '',
  ].join('\n');
  return parseArticle(file, fm + body + '\n');
}
