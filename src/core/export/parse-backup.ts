import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from './backup.ts';
import { at, Checker, describe } from './checker.ts';
import { readJson } from './json-input.ts';
import { checkUnique, readAnnotation, readArticle, readDraft, readReview } from './records.ts';
import type { ImportData, ParseLimits, ParseResult } from './types.ts';

const TOP_LEVEL = ['format', 'schemaVersion', 'exported', 'articles', 'annotations', 'reviews', 'drafts'];

/**
 * A backup restores all or nothing: any error refuses the file (listing what is wrong and where),
 * so a damaged backup can never half-overwrite a library. Unknown fields are reported as warnings.
 */
export function parseBackup(text: string, options: ParseLimits = {}): ParseResult {
  const json = readJson(text, options.maxBytes);
  if (!json.ok) return json;
  const c = new Checker();
  const root = json.value;
  if (Array.isArray(root) || (typeof root === 'object' && root !== null && ('@context' in root || 'type' in root))) {
    return fail('this is not a Crosslight backup; it looks like a Web Annotation file: import it as notes (Web Annotation) instead');
  }
  const o = c.object(root, '');
  if (!o) return { ok: false, errors: c.allErrors() };

  if (o.format !== BACKUP_FORMAT) {
    return fail(`this is not a Crosslight backup: "format" should be "${BACKUP_FORMAT}", found ${o.format === undefined ? 'nothing' : describe(o.format)}`);
  }
  const version = o.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`schemaVersion: expected a whole number from 1, found ${version === undefined ? 'nothing' : describe(version)}`, 'schemaVersion');
  }
  if (version > BACKUP_SCHEMA_VERSION) {
    return fail(`this backup was made by a newer Crosslight (backup version ${version}; this one reads version ${BACKUP_SCHEMA_VERSION}): update Crosslight first, then restore it`, 'schemaVersion');
  }
  c.unknownKeys(o, '', TOP_LEVEL);
  c.timestamp(o.exported, 'exported');

  const list = <T>(key: string, read: (c: Checker, v: unknown, path: string) => T | undefined): (T | undefined)[] =>
    (c.array(o[key], key) ?? []).map((item, i) => read(c, item, at(key, i)));
  const articles = list('articles', readArticle);
  const annotations = list('annotations', readAnnotation);
  const reviews = list('reviews', readReview);
  const drafts = list('drafts', readDraft);
  checkUnique(c, articles, (a) => a.id, 'articles', 'id');
  checkUnique(c, annotations, (a) => a.id, 'annotations', 'id');
  checkUnique(c, reviews, (r) => r.linkId, 'reviews', 'linkId');
  checkUnique(c, drafts, (d) => d.id, 'drafts', 'id');

  if (c.errorCount > 0) return { ok: false, errors: c.allErrors() };
  const data = { articles, annotations, reviews, drafts } as ImportData;
  return { ok: true, data, warnings: c.warnings };
}

function fail(message: string, path = ''): ParseResult {
  return { ok: false, errors: [{ path, message }] };
}
