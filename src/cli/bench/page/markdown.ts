/**
 * In-page half of measure 3: the project's renderMarkdown (configured Marked + DOMPurify, to a
 * sanitised fragment) against plain `marked.parse` with the result set as innerHTML of a
 * detached <template> (parsed, not sanitised, not connected).
 */
import { marked } from 'marked';
import { renderMarkdown } from '../../../ui/markdown.ts';

export interface MarkdownInput {
  markdown: string;
  warmup: number;
  runs: number;
}

export function markdownToDom(input: MarkdownInput): { renderMarkdown: number[]; marked: number[]; nodes: number } {
  const out = { renderMarkdown: [] as number[], marked: [] as number[], nodes: 0 };
  const ours = () => renderMarkdown(input.markdown);
  const plain = () => {
    const template = document.createElement('template');
    template.innerHTML = marked.parse(input.markdown, { async: false }) as string;
    return template.content;
  };
  for (let i = 0; i < input.warmup + input.runs; i++) {
    for (const [name, fn] of i % 2 === 0 ? ([['renderMarkdown', ours], ['marked', plain]] as const) : ([['marked', plain], ['renderMarkdown', ours]] as const)) {
      const t0 = performance.now();
      const fragment = fn();
      const ms = performance.now() - t0;
      if (i >= input.warmup) out[name].push(ms);
      if (name === 'renderMarkdown') out.nodes = fragment.querySelectorAll('*').length;
    }
  }
  return out;
}
