import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Annotation } from '../../../src/core/annotations.ts';
import { READWISE_COLUMNS, readwiseDate, toCsv } from '../../../src/core/export/csv.ts';
import { articles, input } from '../../fixtures/export/sample.ts';

/** A real RFC 4180 reader: what Readwise or a spreadsheet would see. */
const read = (csv: string): Record<string, string>[] => parse(csv, { columns: true, record_delimiter: '\r\n', relax_quotes: false });

function highlight(id: string, exact: string, note: string, start = 0): Annotation {
  return {
    id,
    target: { source: articles[0].id, selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end: start + exact.length }] },
    note,
    tags: [],
    category: 'important',
    created: '2026-11-21T08:15:09.123Z',
    modified: '2026-11-21T08:15:09.123Z',
    anchor: 'anchored',
  };
}

describe('toCsv (Readwise import)', () => {
  it('has exactly the Readwise columns, in order, and CRLF records', () => {
    const csv = toCsv(input.annotations, input.articles);
    assert.equal(csv.split('\r\n')[0], 'Highlight,Title,Author,URL,Note,Location,Date');
    assert.deepEqual(Object.keys(read(csv)[0]), [...READWISE_COLUMNS]);
  });

  it('writes one row per highlight, page notes left out, in library then reading order', () => {
    const rows = read(toCsv(input.annotations, input.articles));
    assert.equal(rows.length, 5);
    assert.deepEqual(
      rows.map((r) => [r.Highlight.slice(0, 22), r.Title, r.Author, r.URL, r.Location, r.Date]),
      [
        ['by a vote of 52 to 48', 'Senate passes "Clean Water" bill: 52–48 vote', 'Ana Lópes', 'https://ledger.example/2026/11/senate-vote', '50', '2026-11-21 08:15:00'],
        ['52 to 48, sending it t', 'Senate passes "Clean Water" bill: 52–48 vote', 'Ana Lópes', 'https://ledger.example/2026/11/senate-vote', '63', '2026-11-21 08:20:00'],
        ['Critics argued that th', 'Senate passes "Clean Water" bill: 52–48 vote', 'Ana Lópes', 'https://ledger.example/2026/11/senate-vote', '206', '2026-11-21 08:30:00'],
        ['The House will vote ne', 'Senate passes "Clean Water" bill: 52–48 vote', 'Ana Lópes', 'https://ledger.example/2026/11/senate-vote', '210', '2026-11-20 22:00:00'],
        // No author: the outlet stands in; a +01:00 time is written in UTC.
        ['The vote was the #1 pr', 'Water bill clears Senate', 'Tribune 🗞️', '', '62', '2026-11-22 09:00:00'],
      ],
    );
    assert.equal(rows[0].Note, input.annotations[0].note, 'a multi-line Markdown note survives whole');
    assert.equal(rows[1].Note, 'She said "no", then, "maybe".');
    assert.equal(rows[2].Highlight.length, 430, 'a long highlight is not cut');
  });

  it('dates are YYYY-MM-DD HH:MM:SS in UTC, and empty when unreadable', () => {
    assert.equal(readwiseDate('2026-11-21T23:59:59.999-02:00'), '2026-11-22 01:59:59');
    assert.equal(readwiseDate('not a date'), '');
  });

  describe('no cell runs as a formula', () => {
    const hostile = ['=1+1', '+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A9)', '\t=x', '\r=x', '=HYPERLINK("http://evil.example","click, here")', 'a, "quoted"\nmulti-line =1+1', ' =not at start', '-'];
    const rows = read(toCsv(hostile.map((h, i) => highlight(`h${i}`, h, h, i)), [{ ...articles[0], title: '=cmd()', author: '@me', url: '+1' }]));

    it('reads back one row per hostile highlight', () => assert.equal(rows.length, hostile.length));
    hostile.forEach((cell, i) => {
      it(`neutralises ${JSON.stringify(cell)}`, () => {
        for (const value of Object.values(rows[i])) assert.doesNotMatch(value, /^[=+\-@\t\r]/, `cell ${JSON.stringify(value)} would run`);
        // The apostrophe is the only change: the text itself comes through whole.
        const expected = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
        assert.equal(rows[i].Highlight, expected);
        assert.equal(rows[i].Note, expected);
      });
    });
    it('neutralises metadata cells too (title, author, URL)', () => {
      assert.deepEqual([rows[0].Title, rows[0].Author, rows[0].URL], ["'=cmd()", "'@me", "'+1"]);
    });
  });
});
