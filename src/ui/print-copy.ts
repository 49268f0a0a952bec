import { html, nothing } from 'lit';
import type { Annotation } from '../core/annotations.ts';
import { renderMarkdown } from './markdown.ts';
import { CATEGORY_LABEL } from './reader-notes-controller.ts';
import { TextMap } from './text-map.ts';

/**
 * The article as it should print: a copy of the rendered body with each of the reader's
 * highlights wrapped in <mark> and a note number, so the printout (or PDF) carries the notes
 * inline. Built only for printing: the live article's DOM is never changed.
 */
export function annotatedCopy(body: HTMLElement, readingText: string, annotations: Annotation[]): { copy: HTMLElement; numbered: Annotation[] } {
  const copy = body.cloneNode(true) as HTMLElement;
  // A different class from the live body, so nothing that looks for the article finds the copy.
  copy.className = 'print-body';
  const map = TextMap.build(copy, readingText);
  const placed = annotations
    .filter((a) => a.target.selectors && a.anchor !== 'orphaned')
    .sort((a, b) => a.target.selectors![1].start - b.target.selectors![1].start);
  // Wrap from the end backwards: splitting text nodes after a position never moves the nodes
  // before it, so ranges computed from the map stay valid. Overlaps keep only the first mark.
  const numbered = placed;
  let limit = Infinity;
  for (let i = placed.length - 1; i >= 0; i--) {
    const { start, end } = placed[i].target.selectors![1];
    if (end > limit) continue;
    const range = map.range(start, end);
    if (!range) continue;
    const mark = document.createElement('mark');
    mark.className = `note-${placed[i].category}`;
    mark.append(range.extractContents());
    const ref = document.createElement('sup');
    ref.textContent = `[${i + 1}]`;
    range.insertNode(ref);
    range.insertNode(mark);
    limit = start;
  }
  return { copy, numbered };
}

/** The numbered notes under the printed article, page notes first. */
export function printedNotes(pageNotes: Annotation[], numbered: Annotation[]) {
  if (pageNotes.length === 0 && numbered.length === 0) return nothing;
  const item = (a: Annotation, label: string) => html`<li>
    <strong>${label} ${CATEGORY_LABEL[a.category].icon} ${CATEGORY_LABEL[a.category].name}</strong>
    ${a.target.selectors ? html` — “${a.target.selectors[0].exact}”` : nothing}
    ${a.note ? html`<div>${renderMarkdown(a.note)}</div>` : nothing}
    ${a.tags.length ? html`<div>${a.tags.map((t) => `#${t}`).join(' ')}</div>` : nothing}
  </li>`;
  return html`<section class="print-notes"><h2>Your notes</h2><ol>
    ${pageNotes.map((a) => item(a, 'On the whole article:'))}
    ${numbered.map((a, i) => item(a, `[${i + 1}]`))}
  </ol></section>`;
}
