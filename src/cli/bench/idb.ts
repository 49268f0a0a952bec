/**
 * Measure 4: IndexedDB in Chromium. Bulk import of 10,000 notes with AnnotationStore.putMany
 * (one transaction, each record validated) against Dexie bulkPut into an equivalent table;
 * saving one note (AnnotationStore.put with its base version); reading all 10,000 back; and the
 * longest main-thread block during the import (see page/idb.ts).
 */
import type { Article } from '../../core/types.ts';
import type { BenchBrowser } from './browser.ts';
import type { BenchPageApi } from './page/entry.ts';
import { type RunPlan, type Summary, ratio, summarize } from './stats.ts';

export interface IdbResult {
  notes: number;
  recordBytes: number;
  putMany: Summary;
  dexieBulkPut: Summary;
  ratioToDexie: number;
  /**
   * Longest main-thread block during the import: the larger of the heartbeat's longest gap and
   * the longest long task. Both only ever under-report a block, so the larger is the better one.
   */
  longestBlockMs: number;
  /** Long tasks (> 50 ms) the browser reported during the import. */
  longTasks: number;
  /** Longest gap between turns of a MessageChannel heartbeat during the import. */
  heartbeatMaxGapMs: number;
  dexieLongestBlockMs: number;
  dexieHeartbeatMaxGapMs: number;
  saveNote: Summary;
  saveNoteMedianMs: number;
  saveNoteP95Ms: number;
  /** listAll() of the imported notes against Dexie's orderBy('modified').toArray(). */
  readAll: Summary;
  dexieReadAll: Summary;
  ratioReadAllToDexie: number;
  notesRead: number;
}

export async function measureIdb(bench: BenchBrowser, articles: Article[], plan: RunPlan, notes = 10_000, saves = 50): Promise<IdbResult> {
  const page = await bench.benchPage();
  const input = { articles: articles.map((a) => ({ id: a.id, text: a.text })), notes, warmup: plan.warmup, runs: plan.runs, saves };
  const s = await page.evaluate((i) => (globalThis as unknown as { benchPage: BenchPageApi }).benchPage.idb(i), input);
  await page.close();
  const putMany = summarize(s.putMany);
  const dexie = summarize(s.dexieBulkPut);
  const save = summarize(s.saveNote);
  const read = summarize(s.readAll);
  const dexieRead = summarize(s.dexieReadAll);
  return {
    notes,
    recordBytes: s.recordBytes,
    putMany,
    dexieBulkPut: dexie,
    ratioToDexie: ratio(putMany, dexie),
    longestBlockMs: Math.max(s.heartbeatMaxGap, ...s.longTasks),
    longTasks: s.longTasks.length,
    heartbeatMaxGapMs: s.heartbeatMaxGap,
    dexieLongestBlockMs: Math.max(s.dexieHeartbeatMaxGap, ...s.dexieLongTasks),
    dexieHeartbeatMaxGapMs: s.dexieHeartbeatMaxGap,
    saveNote: save,
    saveNoteMedianMs: save.median,
    saveNoteP95Ms: save.p95,
    readAll: read,
    dexieReadAll: dexieRead,
    ratioReadAllToDexie: ratio(read, dexieRead),
    notesRead: s.notesRead,
  };
}
