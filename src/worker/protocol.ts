import type { AnalysisResult, Article } from '../core/types.ts';

/** Messages between the app and the analysis worker. */
export type ToWorker = { type: 'analyze'; request: number; articles: Article[] } | { type: 'cancel'; request: number };

export type FromWorker =
  | { type: 'progress'; request: number; done: number; total: number; stage: string }
  | { type: 'result'; request: number; result: AnalysisResult }
  | { type: 'error'; request: number; message: string; aborted: boolean };
