import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildStoryMatrix, shortTitle, sortRows, storySummaries, type CellState, type MatrixRow } from '../../src/core/matrix.ts';
import type { AnalysisResult, Link, LinkKind, Span } from '../../src/core/types.ts';

function sp(article: string, start: number, end: number): Span {
  return { article, start, end, quote: `${article}:${start}-${end}` };
}

function link(id: string, kind: LinkKind, a: Span, b: Span, explanation = ''): Link {
  return { id, kind, a, b, score: 1, explanation };
}

/**
 * Story s1 holds x (2 Jan), y (1 Jan) and z (undated, no outlet); story s2 holds w alone.
 * Fact f0: x, y, z report it. Fact f1: y and z report it, and x contradicts y's passage.
 * Link 4 is an update and link 5 a contradiction that touch no fact.
 */
const RESULT: AnalysisResult = {
  articles: [
    { id: 'x', title: 'Gazette story', outlet: 'Gazette', published: '2024-01-02' },
    { id: 'y', title: 'Wire story', outlet: 'Wire', published: '2024-01-01' },
    { id: 'z', title: 'Notes', outlet: null, published: null },
    { id: 'w', title: 'Elsewhere', outlet: 'Other', published: '2024-01-01' },
  ],
  stories: [
    { id: 's1', articles: ['x', 'y', 'z'] },
    { id: 's2', articles: ['w'] },
  ],
  entities: [],
  facts: [
    { id: 'f1', summary: 'Second fact', articles: ['y', 'z'], links: [2] },
    { id: 'f0', summary: 'First fact', articles: ['x', 'y', 'z'], links: [0, 1] },
  ],
  links: [
    link('l0', 'shared', sp('x', 40, 50), sp('y', 0, 12)),
    link('l1', 'shared', sp('x', 0, 10), sp('z', 5, 15)),
    link('l2', 'shared', sp('y', 100, 120), sp('z', 200, 220)),
    link('l3', 'contradiction', sp('y', 105, 110), sp('x', 400, 410), 'number: "5" vs "7"'),
    link('l4', 'update', sp('y', 500, 510), sp('z', 600, 610), 'quantity: "10" vs "12"'),
    link('l5', 'contradiction', sp('x', 700, 710), sp('y', 800, 810)),
  ],
};

const matrix = buildStoryMatrix(RESULT, 's1')!;
const states = (r: MatrixRow): CellState[] => r.cells.map((c) => c.state);
const rowById = (id: string): MatrixRow => matrix.rows.find((r) => r.id === id)!;

describe('buildStoryMatrix', () => {
  it('returns null for an unknown or empty story id', () => {
    assert.equal(buildStoryMatrix(RESULT, 'nope'), null);
    assert.equal(buildStoryMatrix(RESULT, ''), null);
  });

  it('shortens a long title standing in for an unknown outlet to its first five words', () => {
    assert.equal(shortTitle('One two three four five six seven'), 'One two three four five…');
    assert.equal(shortTitle('Short title'), 'Short title');
  });

  it('orders columns by date, undated last, labelled by outlet or else title', () => {
    assert.deepEqual(matrix.columns.map((c) => [c.id, c.label]), [['y', 'Wire'], ['x', 'Gazette'], ['z', 'Notes']]);
  });

  const cases: Array<{ row: string; kind: MatrixRow['kind']; summary: string; states: CellState[]; reported: number }> = [
    { row: 'f0', kind: 'fact', summary: 'First fact', states: ['reported', 'reported', 'reported'], reported: 3 },
    { row: 'f1', kind: 'fact', summary: 'Second fact', states: ['reported', 'contradicted', 'reported'], reported: 2 },
    { row: 'l4', kind: 'update', summary: 'quantity: "10" vs "12"', states: ['updated', 'silent', 'updated'], reported: 0 },
    { row: 'l5', kind: 'contradiction', summary: 'x:700-710', states: ['contradicted', 'contradicted', 'silent'], reported: 0 },
  ];
  for (const c of cases) {
    it(`row ${c.row}: ${c.states.join(', ')}`, () => {
      const r = rowById(c.row);
      assert.equal(r.kind, c.kind);
      assert.equal(r.summary, c.summary);
      assert.deepEqual(states(r), c.states);
      assert.equal(r.reportedCount, c.reported);
    });
  }

  it('attaches a conflict that touches a fact to that row, not to a row of its own', () => {
    assert.equal(matrix.rows.length, 4);
    assert.equal(rowById('l3'), undefined);
    assert.deepEqual(rowById('f1').cells[1].span, sp('x', 400, 410));
  });

  it('lets reported win over a conflict in the same cell, and links to the earliest passage', () => {
    assert.deepEqual(rowById('f1').cells[0], { state: 'reported', span: sp('y', 100, 120) });
    assert.deepEqual(rowById('f0').cells[1], { state: 'reported', span: sp('x', 0, 10) });
  });

  it('gives silent cells no span', () => {
    assert.deepEqual(rowById('l4').cells[1], { state: 'silent' });
  });

  it('sorts most reported first by default, ties in the analysis order', () => {
    assert.deepEqual(matrix.rows.map((r) => r.id), ['f0', 'f1', 'l4', 'l5']);
  });

  const sorts: Array<{ direction: 'ascending' | 'descending'; order: string[] }> = [
    { direction: 'ascending', order: ['l4', 'l5', 'f1', 'f0'] },
    { direction: 'descending', order: ['f0', 'f1', 'l4', 'l5'] },
  ];
  for (const s of sorts) {
    it(`sortRows ${s.direction}`, () => {
      assert.deepEqual(sortRows(matrix.rows, s.direction).map((r) => r.id), s.order);
    });
  }

  it('leaves out links that cross into another story and stories without links', () => {
    const crossing: AnalysisResult = { ...RESULT, links: [...RESULT.links, link('lx', 'contradiction', sp('x', 1, 2), sp('w', 1, 2))] };
    assert.equal(buildStoryMatrix(crossing, 's1')!.rows.length, 4);
    const lone = buildStoryMatrix(crossing, 's2')!;
    assert.deepEqual(lone.columns.map((c) => c.id), ['w']);
    assert.deepEqual(lone.rows, []);
  });

  it('summarises every story for the picker', () => {
    assert.deepEqual(storySummaries(RESULT).map((s) => [s.id, s.columns.map((c) => c.label)]), [['s1', ['Wire', 'Gazette', 'Notes']], ['s2', ['Other']]]);
  });
});
