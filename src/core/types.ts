/**
 * The data that flows through Crosslight. Plain objects only: these cross the worker
 * boundary (structured clone) and the CLI's JSON output unchanged.
 */

/** An article as the library knows it. `text` is the reading text every offset refers to. */
export interface Article {
  id: string;
  /** File name it was read from (bundled or CLI); absent for pasted imports. */
  file?: string;
  title: string;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) or null when the source does not say. */
  published: string | null;
  url: string | null;
  author: string | null;
  markdown: string;
  text: string;
  /** Word count of `text`, for the library's reading-time estimate. */
  words: number;
}

/** A passage of one article's reading text; `quote === article.text.slice(start, end)`. */
export interface Span {
  article: string;
  start: number;
  end: number;
  quote: string;
}

export type LinkKind = 'shared' | 'contradiction' | 'update';

/** Why two passages conflict; `a`/`b` name the conflicting parts of each side. */
export interface Explanation {
  type: 'deadline' | 'negation' | 'quantity' | 'stance' | 'place' | 'who' | 'date' | 'time' | 'cause' | 'other';
  a: string;
  b: string;
}

export interface Link {
  /** Stable across runs for the same texts, so reader reviews can key on it. */
  id: string;
  kind: LinkKind;
  a: Span;
  b: Span;
  score: number;
  /** Short human text, e.g. `deadline: "before he is inaugurated" vs "within 24 hours"`. */
  explanation: string;
  detail?: Explanation;
}

export type EntityKind = 'person' | 'place' | 'organisation' | 'other';

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  articles: string[];
}

export interface Fact {
  id: string;
  summary: string;
  articles: string[];
  /** Indexes into AnalysisResult.links. */
  links: number[];
}

export interface Story {
  id: string;
  articles: string[];
}

export interface ArticleRef {
  id: string;
  file?: string;
  title: string;
  outlet: string | null;
  published: string | null;
}

export interface AnalysisResult {
  articles: ArticleRef[];
  stories: Story[];
  entities: Entity[];
  facts: Fact[];
  links: Link[];
}

/** One row of the library index: an article's metadata and where to fetch the whole of it. */
export interface LibraryEntry extends Omit<Article, 'markdown' | 'text'> {
  href: string;
}
