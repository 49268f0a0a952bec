import { parse as parseYaml } from 'yaml';

export interface FrontMatterSplit {
  data: Record<string, unknown>;
  body: string;
}

export class FrontMatterError extends Error {}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * Splits `---` YAML front matter from a Markdown body. No front matter is fine (empty data);
 * front matter that is not a YAML mapping is an error the reader must see, not a silent guess.
 */
export function splitFrontMatter(source: string): FrontMatterSplit {
  const match = FENCE.exec(source);
  if (!match) return { data: {}, body: source };
  let data: unknown;
  try {
    // 'core' schema: plain JSON-like values; no custom tags, so nothing in a file can construct objects.
    data = parseYaml(match[1], { schema: 'core', maxAliasCount: 50 });
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new FrontMatterError(`the front matter is not valid YAML (${detail})`);
  }
  if (data == null) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontMatterError('the front matter must be a list of "key: value" lines');
  }
  return { data: data as Record<string, unknown>, body: source.slice(match[0].length) };
}
