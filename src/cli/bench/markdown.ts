/** Measure 3: Markdown to sanitised DOM for a ~40 KB article, against marked + innerHTML. */
import type { BenchBrowser } from './browser.ts';
import type { BenchPageApi } from './page/entry.ts';
import { type RunPlan, type Summary, ratio, summarize } from './stats.ts';

export interface MarkdownResult {
  bytes: number;
  elements: number;
  renderMarkdown: Summary;
  marked: Summary;
  ratioToMarked: number;
}

export async function measureMarkdown(bench: BenchBrowser, markdown: string, plan: RunPlan): Promise<MarkdownResult> {
  const page = await bench.benchPage();
  // Each call takes milliseconds: three times the usual runs for a steady median.
  const input = { markdown, warmup: plan.warmup * 3, runs: plan.runs * 3 };
  const samples = await page.evaluate((i) => (globalThis as unknown as { benchPage: BenchPageApi }).benchPage.markdownToDom(i), input);
  await page.close();
  const ours = summarize(samples.renderMarkdown);
  const base = summarize(samples.marked);
  return { bytes: Buffer.byteLength(markdown), elements: samples.nodes, renderMarkdown: ours, marked: base, ratioToMarked: ratio(ours, base) };
}
