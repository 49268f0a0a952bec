/**
 * The bench report: one object (what `--json` prints) and its table. A failed measure keeps its
 * place with its error, and its headline figures are null, so tools tracking them see a gap
 * rather than a made-up number.
 */
import type { AnalysisResult } from './analysis.ts';
import type { AnchoringResult } from './anchoring.ts';
import type { AppResult } from './app.ts';
import type { IdbResult } from './idb.ts';
import type { MarkdownResult } from './markdown.ts';
import type { RenderResult } from './render.ts';
import type { SizeResult } from './size.ts';
import type { RunPlan, Summary } from './stats.ts';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Measured {
  analysis: Outcome<AnalysisResult>;
  render: Outcome<RenderResult>;
  markdown: Outcome<MarkdownResult>;
  idb: Outcome<IdbResult>;
  anchoring: Outcome<AnchoringResult>;
  size: Outcome<SizeResult>;
  app: Outcome<AppResult>;
}

export interface RunInfo {
  machine: string;
  date: string;
  quick: boolean;
  plan: RunPlan;
}

/** A section: the full result, or its error with the headline keys set to null. */
function section<T extends object>(o: Outcome<T>, headline: string[]): Record<string, unknown> {
  if (o.ok) return { ...(o.value as Record<string, unknown>) };
  return { error: o.error, ...Object.fromEntries(headline.map((k) => [k, null])) };
}

/** The JSON report: every key the issue names, under its section, plus the details. */
export function toJson(run: RunInfo, m: Measured): Record<string, unknown> {
  const app = m.app;
  return {
    machine: run.machine,
    date: run.date,
    quick: run.quick,
    runs: run.plan.runs,
    warmup: run.plan.warmup,
    analysis: section(m.analysis, ['ratioToTokenize', 'growth16x']),
    render: {
      ...section(m.render, ['ratioWithHighlights']),
      readerFirstRenderMs: app.ok ? app.value.readerFirstRenderMs : null,
      readerFirstRender: app.ok ? app.value.readerFirstRender : null,
    },
    markdown: section(m.markdown, ['ratioToMarked']),
    idb: {
      ...section(m.idb, ['ratioToDexie', 'longestBlockMs', 'saveNoteMedianMs', 'saveNoteP95Ms']),
      ...notesViewJson(app),
    },
    anchoring: section(m.anchoring, ['exactShare', 'fuzzyShare']),
    size: section(m.size, ['firstLoadGzipBytes', 'workerGzipBytes', 'precacheGzipBytes']),
    offline: app.ok
      ? { coldStartMs: app.value.coldStartMs, coldStart: app.value.coldStart, libraryItems: app.value.libraryItems }
      : { error: app.error, coldStartMs: null },
  };
}

/** The notes view is measured in the app (app.ts) but reported with the other IndexedDB figures. */
function notesViewJson(app: Outcome<AppResult>): Record<string, unknown> {
  if (!app.ok) return { notesViewMs: null, notesViewError: app.error };
  const v = app.value.notesView;
  if ('error' in v) return { notesViewMs: null, notesViewError: v.error };
  return { notesViewMs: v.ms, notesView: v.summary, notesViewSeeded: v.seeded, notesViewListed: v.listed };
}

// ---- the table -------------------------------------------------------------------------

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) + ' ms';
const times = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1)) + 'x';
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const count = (n: number) => n.toLocaleString('en-US');
const spread = (s: Summary) => `${ms(s.min).replace(' ms', '')}–${ms(s.max)}`;
const target = (value: number, limit: number, label: string) => `${label} ${value <= limit ? '(met)' : '(missed)'}`;

type Row = [measure: string, median: string, spread: string, baseline: string, ratio: string, target: string];

function table(rows: Row[]): string {
  const head: Row = ['Measure', 'Median', 'Spread (min–max) or detail', 'Baseline median', 'Ratio', 'Target'];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: Row) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const failed = (measure: string, error: string): Row => [measure, 'FAILED', error, '', '', ''];

function analysisRows(o: Outcome<AnalysisResult>): Row[] {
  if (!o.ok) return [failed('1 Analysis', o.error)];
  const rows: Row[] = o.value.sizes.map((s) => [
    `1 Analysis ${s.factor}x (${s.articles} articles, ${count(s.words)} words)`,
    ms(s.analysis.median),
    spread(s.analysis),
    `${ms(s.tokenize.median)} tokenise`,
    times(s.ratioToTokenize),
    s.factor === 1 ? target(s.ratioToTokenize, 10, '<= 10x') : '',
  ]);
  const g = o.value;
  rows.push([
    `1 Analysis growth, 16x text / 1x text${g.growth16xProjected ? ` (projected from ${g.largestFactor}x)` : ''}`,
    '', '', '', times(g.growth16x), target(g.growth16x, 18, '<= 18x'),
  ]);
  return rows;
}

function renderRows(r: Outcome<RenderResult>, app: Outcome<AppResult>): Row[] {
  const rows: Row[] = r.ok
    ? [
        [`2 Render ${count(r.value.words)} words, ${r.value.highlights} highlights, to layout`, ms(r.value.withHighlights.median), spread(r.value.withHighlights),
          `${ms(r.value.withoutHighlights.median)} none`, times(r.value.ratioWithHighlights), target(r.value.ratioWithHighlights, 1.2, '<= 1.2x')],
        ['2 Render, same, to the next frame (paint)', ms(r.value.withHighlightsFrame.median), spread(r.value.withHighlightsFrame),
          `${ms(r.value.withoutHighlightsFrame.median)} none`, times(r.value.ratioWithHighlightsFrame), ''],
      ]
    : [failed('2 Render with highlights', r.error)];
  rows.push(app.ok
    ? [`2 Reader view, first render (${count(app.value.readerWords)} words, offline)`, ms(app.value.readerFirstRenderMs), spread(app.value.readerFirstRender), '', '', '']
    : failed('2 Reader view, first render', app.error));
  return rows;
}

function markdownRows(o: Outcome<MarkdownResult>): Row[] {
  if (!o.ok) return [failed('3 Markdown to sanitised DOM', o.error)];
  const v = o.value;
  return [[`3 Markdown to sanitised DOM (${(v.bytes / 1000).toFixed(1)} KB)`, ms(v.renderMarkdown.median), spread(v.renderMarkdown), `${ms(v.marked.median)} marked`, times(v.ratioToMarked), '']];
}

function idbRows(o: Outcome<IdbResult>, app: Outcome<AppResult>): Row[] {
  const rows: Row[] = [];
  if (!o.ok) rows.push(failed('4 IndexedDB', o.error));
  else {
    const v = o.value;
    rows.push(
      [`4 IndexedDB import ${count(v.notes)} notes (putMany)`, ms(v.putMany.median), spread(v.putMany), `${ms(v.dexieBulkPut.median)} Dexie`, times(v.ratioToDexie), target(v.ratioToDexie, 1, '<= 1.0x')],
      [`4 Longest main-thread block during import (${v.longTasks} long tasks)`, ms(v.longestBlockMs), '', `${ms(v.dexieLongestBlockMs)} Dexie`, '', target(v.longestBlockMs, 50, '< 50 ms')],
      ['4 Save one note (median; p95 beside it)', ms(v.saveNoteMedianMs), `p95 ${ms(v.saveNoteP95Ms)}`, '', '', ''],
      [`4 Read all ${count(v.notesRead)} notes back (listAll)`, ms(v.readAll.median), spread(v.readAll), `${ms(v.dexieReadAll.median)} Dexie`, times(v.ratioReadAllToDexie), ''],
    );
  }
  const view = app.ok ? app.value.notesView : { error: app.error };
  rows.push('error' in view
    ? failed('4 Open the notes view', view.error)
    : [`4 Open the notes view, ${count(view.seeded)} notes stored (${count(view.listed)} listed)`, ms(view.ms), spread(view.summary), '', '', '']);
  return rows;
}

function anchoringRows(o: Outcome<AnchoringResult>): Row[] {
  if (!o.ok) return [failed('5 Anchoring', o.error)];
  const v = o.value;
  return [
    [`5 Re-anchor ${count(v.highlights)} highlights, edited article`, ms(v.edited.median), spread(v.edited), `${ms(v.unedited.median)} unedited`, times(v.ratioToUnedited), ''],
    [`5 Anchored exact / fuzzy / orphaned (${v.touchedByEdits} touched by edits)`, `${pct(v.exactShare)} / ${pct(v.fuzzyShare)} / ${pct(v.orphanedShare)}`, '', '', '', ''],
  ];
}

function sizeRows(o: Outcome<SizeResult>): Row[] {
  if (!o.ok) return [failed('6 Size', o.error)];
  const v = o.value;
  return [
    [`6 First-load JavaScript, gzipped (${v.firstLoadFiles.length} file${v.firstLoadFiles.length === 1 ? '' : 's'})`, kib(v.firstLoadGzipBytes), `raw ${kib(v.firstLoadRawBytes)}`, '', '', target(v.firstLoadGzipBytes, 60 * 1024, '<= 60 KiB')],
    ['6 Analysis worker, gzipped', kib(v.workerGzipBytes), `raw ${kib(v.workerRawBytes)}`, '', '', ''],
    [`6 Whole precache, gzipped (${v.precacheFiles} files)`, kib(v.precacheGzipBytes), `raw ${kib(v.precacheRawBytes)}`, '', '', ''],
  ];
}

function offlineRows(o: Outcome<AppResult>): Row[] {
  if (!o.ok) return [failed('7 Cold start offline', o.error)];
  return [[`7 Cold start offline, to library painted (${o.value.libraryItems} items)`, ms(o.value.coldStartMs), spread(o.value.coldStart), '', '', '']];
}

export function toTable(run: RunInfo, m: Measured): string {
  const rows = [
    ...analysisRows(m.analysis),
    ...renderRows(m.render, m.app),
    ...markdownRows(m.markdown),
    ...idbRows(m.idb, m.app),
    ...anchoringRows(m.anchoring),
    ...sizeRows(m.size),
    ...offlineRows(m.app),
  ];
  return [
    `Crosslight benchmark, ${run.date}${run.quick ? ' (--quick: fewer runs, 4x corpus at most)' : ''}`,
    `Machine: ${run.machine}`,
    `Each timing: ${run.plan.runs} runs after ${run.plan.warmup} warm-up (tokenise, Markdown and the 1x and 4x analyses: more, see JSON); medians; spread is min–max.`,
    `Ratios are median / baseline median, both measured in the same run, alternating where they can.`,
    ...(m.analysis.ok ? [`Analysis timed: ${m.analysis.value.code}; corpora: ${m.analysis.value.corpus}.`] : []),
    '',
    table(rows),
    '',
  ].join('\n');
}
