import type { AnalysisService } from '../../src/app/analysis-client.ts';
import { analyzeLibrary } from '../../src/core/analysis/index.ts';
import { parseArticle } from '../../src/core/corpus/parse-article.ts';
import type { Article } from '../../src/core/types.ts';

/** A made-up three-outlet earthquake story (served by the test server from tests/fixtures/reader). */
export const READER_STORY = ['harbor-times-quake.md', 'northline-news-quake.md', 'daily-meridian-quake.md'];

export async function readerStory(): Promise<Article[]> {
  return Promise.all(
    READER_STORY.map(async (file) => parseArticle(file, await (await fetch(`/tests/fixtures/reader/${file}`)).text())),
  );
}

/** The real engine, run in the page (the app runs the same code in its worker). */
export function engineAnalysis(articles: Article[]): AnalysisService {
  const result = analyzeLibrary(articles);
  return { result: () => result };
}
