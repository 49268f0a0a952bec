import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Draft } from '../../../src/core/annotations.ts';
import { toBackup } from '../../../src/core/export/backup.ts';
import { parseBackup } from '../../../src/core/export/parse-backup.ts';
import type { ParseResult } from '../../../src/core/export/types.ts';
import { annotations, articles, reviews } from '../../fixtures/export/sample.ts';

const drafts: Draft[] = [
  { id: 'new:ledger-vote', article: 'ledger-vote', note: 'half-typed 🌊 "thought", with commas', tags: ['wip'], updated: '2026-11-22T07:00:00.000Z' },
  { id: annotations[0].id, article: 'ledger-vote', note: 'an edit in progress', tags: [], updated: '2026-11-22T07:05:00.000Z' },
];
const library = { articles: [articles[1], articles[0]], annotations, reviews, drafts };
const backup = toBackup(library, { exported: '2026-11-22T12:00:00.000Z' });

function errorsOf(result: ParseResult): string[] {
  assert.equal(result.ok, false, 'expected the file to be refused');
  return result.ok ? [] : result.errors.map((e) => e.message);
}

/** A valid backup with one change made to its parsed JSON. */
function altered(change: (json: Record<string, any>) => void): string {
  const json = JSON.parse(backup);
  change(json);
  return JSON.stringify(json);
}

describe('toBackup → parseBackup', () => {
  it('restores every record deep-equal', () => {
    const result = parseBackup(backup);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.deepStrictEqual(result.data, { articles: library.articles, annotations, reviews, drafts });
    assert.deepEqual(result.warnings, []);
  });

  it('keeps an article file name when there is one, and optional fields only when present', () => {
    const withFile = toBackup({ ...library, articles: [{ ...articles[0], file: 'pasted.md' }] }, { exported: '2026-11-22T12:00:00.000Z' });
    const result = parseBackup(withFile);
    assert.ok(result.ok);
    assert.equal(result.data.articles[0].file, 'pasted.md');
    assert.ok(!('selectors' in result.data.annotations[2].target), 'a page note gets no selectors key');
  });

  it('writes the format marker, schema version and export time first', () => {
    assert.match(backup, /^\{\n {2}"format": "crosslight-backup",\n {2}"schemaVersion": 1,\n {2}"exported": "2026-11-22T12:00:00.000Z",/);
  });
});

describe('parseBackup refuses broken files with a clear message', () => {
  it('truncated JSON: says it is cut off, and where', () => {
    const [message] = errorsOf(parseBackup(backup.slice(0, 900)));
    assert.match(message, /ends too early, at line \d+, column \d+: it looks cut off/);
  });

  it('a syntax error in the middle: says where', () => {
    const broken = backup.replace('"schemaVersion": 1,', '"schemaVersion": 1,,');
    const [message] = errorsOf(parseBackup(broken));
    assert.match(message, /not valid JSON at line 3, column 22/);
  });

  it('not JSON at all', () => {
    assert.match(errorsOf(parseBackup('# My notes\n\nSome Markdown'))[0], /not a JSON file: it starts with "# My notes/);
    assert.match(errorsOf(parseBackup(''))[0], /empty/);
  });

  it('a newer schema version: update Crosslight first', () => {
    const result = parseBackup(altered((j) => (j.schemaVersion = 2)));
    assert.match(errorsOf(result)[0], /made by a newer Crosslight.*update Crosslight first/);
    assert.equal(!result.ok && result.errors[0].path, 'schemaVersion');
  });

  it('a wrong or missing schema version or format', () => {
    assert.match(errorsOf(parseBackup(altered((j) => (j.schemaVersion = '1'))))[0], /schemaVersion: expected a whole number from 1, found a string/);
    assert.match(errorsOf(parseBackup(altered((j) => (j.schemaVersion = 0))))[0], /schemaVersion/);
    assert.match(errorsOf(parseBackup(altered((j) => delete j.format)))[0], /not a Crosslight backup: "format" should be "crosslight-backup", found nothing/);
    assert.match(errorsOf(parseBackup('{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection"}'))[0], /Web Annotation file/);
  });

  it('a 100 MB file is refused by its size, before parsing', () => {
    // Broken JSON after the size limit: a parse would report the syntax error, the size check does not.
    const huge = '{"format":"crosslight-backup","pad":"' + 'x'.repeat(100 * 1024 * 1024) + '",,,';
    const errors = errorsOf(parseBackup(huge, { maxBytes: 20 * 1024 * 1024 }));
    assert.equal(errors.length, 1);
    assert.match(errors[0], /at least 100\.0 MB, above the 20\.0 MB import limit/);
  });

  it('counts multi-byte characters against the size limit', () => {
    const emoji = JSON.stringify({ format: 'crosslight-backup', note: '🌊'.repeat(300) });
    assert.ok(emoji.length < 1000);
    assert.match(errorsOf(parseBackup(emoji, { maxBytes: 1000 }))[0], /1\.2 KB, above the 1000 B import limit/);
    // Under the limit it gets as far as reading the content (which then lacks a schema version).
    assert.doesNotMatch(errorsOf(parseBackup(emoji, { maxBytes: 1300 }))[0], /limit/);
  });

  it('duplicate ids name both places', () => {
    const messages = errorsOf(parseBackup(altered((j) => j.annotations.push({ ...j.annotations[1] }))));
    assert.deepEqual(messages, [`annotations[6].id: "${annotations[1].id}" is used twice (first at annotations[1]); each id must be unique`]);
    assert.match(errorsOf(parseBackup(altered((j) => j.reviews.push(j.reviews[0]))))[0], /^reviews\[2\]\.linkId: "link-count" is used twice/);
  });

  it('wrong types: says what is wrong and where, for every problem', () => {
    const messages = errorsOf(
      parseBackup(
        altered((j) => {
          j.annotations[3].target.selectors[0].exact = 42;
          j.annotations[0].category = 'urgent';
          j.annotations[1].tags = ['ok', null];
          j.annotations[2].created = 'yesterday';
          j.annotations[4].target.selectors[1].end = 3;
          j.reviews[0].hidden = 'yes';
          j.drafts[0].tags = 'wip';
          j.articles[0].words = -1;
          j.articles[1].published = 'Nov 20';
        }),
      ),
    );
    assert.deepEqual(messages.sort(), [
      'annotations[0].category: expected one of "important", "question", "disputed", "follow-up", found a string ("urgent")',
      'annotations[1].tags[1]: expected a string, found null',
      'annotations[2].created: expected a date and time like 2026-11-22T09:30:00Z, found a string ("yesterday")',
      'annotations[3].target.selectors[0].exact: expected a string, found a number (42)',
      'annotations[4].target.selectors[1].end: must not be before start (210), found 3',
      'articles[0].words: must be 0 or more, found -1',
      'articles[1].published: expected a date like 2026-11-22 or null, found "Nov 20"',
      'drafts[0].tags: expected a list, found a string ("wip")',
      'reviews[0].hidden: expected true or false, found a string ("yes")',
    ]);
  });

  it('missing fields and lists', () => {
    const messages = errorsOf(parseBackup(altered((j) => { delete j.annotations[0].note; delete j.drafts; })));
    assert.deepEqual(messages.sort(), ['annotations[0].note: missing (expected a string)', 'drafts: missing (expected a list)']);
  });

  it('stops listing after 50 problems, and says how many more', () => {
    const messages = errorsOf(parseBackup(altered((j) => (j.annotations = Array.from({ length: 60 }, () => 7)))));
    assert.equal(messages.length, 51);
    assert.equal(messages[50], '…and 10 more problems');
  });
});

describe('parseBackup and unknown fields', () => {
  it('tolerates them, reports each with its path, and leaves them out of the records', () => {
    const result = parseBackup(altered((j) => { j.annotations[0].colour = 'red'; j.comment = 'hi'; }));
    assert.ok(result.ok);
    assert.deepEqual(result.warnings.map((w) => w.message).sort(), ['annotations[0].colour: unknown field, left out', 'comment: unknown field, left out']);
    assert.ok(!('colour' in result.data.annotations[0]));
  });
});
