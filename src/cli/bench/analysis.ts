/**
 * Measure 1: cross-source analysis of the library (analyzeLibrary, in Node, on the main thread)
 * at 1x, 4x and 16x the bundled text, each against one plain tokenising pass over the same text.
 */
import { analyzeLibrary } from '../../core/analysis/index.ts';
import type { Article } from '../../core/types.ts';
import { CORPUS_METHOD, scaledCorpus } from './corpus.ts';
import { type RunPlan, type Summary, ratio, summarize, timeRuns } from './stats.ts';

export interface AnalysisSize {
  factor: number;
  articles: number;
  words: number;
  analysis: Summary;
  tokenize: Summary;
  ratioToTokenize: number;
  links: number;
  stories: number;
}

export interface AnalysisResult {
  corpus: string;
  sizes: AnalysisSize[];
  /** 1x ratio of analysis to the tokenising pass. */
  ratioToTokenize: number;
  /**
   * Median analysis time at 16x over the median at 1x. When the largest corpus measured is
   * smaller (--quick), projected from it as a power law: (t_f / t_1) ^ (log 16 / log f).
   */
  growth16x: number;
  growth16xProjected: boolean;
  largestFactor: number;
}

/** The baseline: the cheapest pass any text analysis must make, one regex tokenisation. */
function tokenize(articles: Article[]): number {
  let n = 0;
  for (const a of articles) n += (a.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return n;
}

export async function measureAnalysis(library: Article[], factors: number[], plan: RunPlan, log: (s: string) => void): Promise<AnalysisResult> {
  const sizes: AnalysisSize[] = [];
  for (const factor of factors) {
    const corpus = scaledCorpus(library, factor);
    log(`analysis: ${factor}x (${corpus.length} articles)`);
    let last = await analyzeLibrary(corpus);
    // Smaller corpora get proportionally more runs (the same time as the 16x corpus): a 1x
    // analysis takes ~20 ms, and 11 of them leave the median at the mercy of one GC pause.
    const scaled = { warmup: plan.warmup * Math.max(1, 16 / factor), runs: Math.max(plan.runs, Math.round((plan.runs * 16) / factor)) };
    const analysis = await timeRuns(scaled, async () => (last = await analyzeLibrary(corpus)));
    // The tokenising pass takes about a millisecond: more runs for a stable median.
    const tokenizeRuns = await timeRuns({ warmup: 3, runs: plan.runs * 5 }, () => tokenize(corpus));
    const a = summarize(analysis);
    const t = summarize(tokenizeRuns);
    sizes.push({
      factor,
      articles: corpus.length,
      words: tokenize(corpus),
      analysis: a,
      tokenize: t,
      ratioToTokenize: ratio(a, t),
      links: last.links.length,
      stories: last.stories.length,
    });
  }
  const base = sizes[0];
  const largest = sizes[sizes.length - 1];
  return {
    corpus: CORPUS_METHOD,
    sizes,
    ratioToTokenize: base.ratioToTokenize,
    growth16x: (largest.analysis.median / base.analysis.median) ** (Math.log(16) / Math.log(largest.factor)),
    growth16xProjected: largest.factor !== 16,
    largestFactor: largest.factor,
  };
}
