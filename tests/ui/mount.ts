import { ContextProvider } from '@lit/context';
import { fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { AnalysisService } from '../../src/app/analysis-client.ts';
import { analysisContext, libraryContext, storageContext } from '../../src/app/contexts.ts';
import type { StorageHandle } from '../../src/app/storage-handle.ts';
import { MemoryLibrary } from '../../src/app/library-service.ts';
import { parseArticle } from '../../src/core/corpus/parse-article.ts';
import type { Article } from '../../src/core/types.ts';

/** Renders a template inside an element that provides the library, as the shell does. */
export async function mountWithLibrary<T extends Element>(template: TemplateResult, articles: Article[], analysis?: AnalysisService, storage?: StorageHandle): Promise<T> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: libraryContext, initialValue: new MemoryLibrary(articles) });
  if (analysis) new ContextProvider(host, { context: analysisContext, initialValue: analysis });
  if (storage) new ContextProvider(host, { context: storageContext, initialValue: storage });
  const { render } = await import('lit');
  render(template, host);
  const element = host.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  return element;
}

/** Waits until the condition holds (components load data asynchronously). */
export async function until(condition: () => boolean, what = 'condition', timeoutMs = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function article(file: string, source: string): Article {
  return parseArticle(file, source);
}
