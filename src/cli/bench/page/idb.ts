/**
 * In-page half of measure 4: IndexedDB through the project's storage layer (openLibraryDb,
 * AnnotationStore) against Dexie on an equivalent table (same key path, same three indexes).
 */
import Dexie from 'dexie';
import type { Annotation } from '../../../core/annotations.ts';
import { openLibraryDb, type Library } from '../../../storage/index.ts';
import { heartbeat, longTasks, settle } from './frame.ts';
import { makeNotes, type NoteArticle } from './notes.ts';

export interface IdbInput {
  articles: NoteArticle[];
  notes: number;
  warmup: number;
  runs: number;
  saves: number;
}

export interface IdbSamples {
  putMany: number[];
  dexieBulkPut: number[];
  /** Long tasks (> 50 ms) seen during the monitored imports, ms. */
  longTasks: number[];
  dexieLongTasks: number[];
  /** Longest gap between heartbeat turns during the monitored import, ms. */
  heartbeatMaxGap: number;
  dexieHeartbeatMaxGap: number;
  saveNote: number[];
  /** Reading all notes back, newest first: what any notes list starts from. */
  readAll: number[];
  dexieReadAll: number[];
  notesRead: number;
  recordBytes: number;
}

const DEXIE_SCHEMA = { annotations: 'id, target.source, *tags, modified' };

async function fresh(name: string): Promise<void> {
  await new Promise<void>((ok) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => ok();
  });
}

async function ours(name: string): Promise<Library> {
  await fresh(name);
  return openLibraryDb(name);
}

async function dexie(name: string): Promise<Dexie> {
  await fresh(name);
  const db = new Dexie(name);
  db.version(1).stores(DEXIE_SCHEMA);
  await db.open();
  return db;
}

export async function idb(input: IdbInput): Promise<IdbSamples> {
  const records = makeNotes(input.articles, input.notes);
  const out: IdbSamples = {
    putMany: [], dexieBulkPut: [], longTasks: [], dexieLongTasks: [], heartbeatMaxGap: 0, dexieHeartbeatMaxGap: 0,
    saveNote: [], readAll: [], dexieReadAll: [], notesRead: 0,
    recordBytes: JSON.stringify(records).length,
  };

  // Bulk import, timed, the two libraries alternating; each run into a new, empty database.
  const importOurs = async (monitor: boolean) => {
    const lib = await ours('bench-ours');
    await settle();
    const tasks = longTasks();
    const beat = monitor ? heartbeat() : null;
    const t0 = performance.now();
    await lib.annotations.putMany(records);
    const ms = performance.now() - t0;
    const gap = beat?.stop() ?? 0;
    return { lib, ms, gap, tasks: await tasks.stop() };
  };
  const importDexie = async (monitor: boolean) => {
    const db = await dexie('bench-dexie');
    await settle();
    const tasks = longTasks();
    const beat = monitor ? heartbeat() : null;
    const t0 = performance.now();
    await db.table('annotations').bulkPut(records);
    const ms = performance.now() - t0;
    const gap = beat?.stop() ?? 0;
    return { db, ms, gap, tasks: await tasks.stop() };
  };
  for (let i = 0; i < input.warmup + input.runs; i++) {
    const order = i % 2 === 0 ? ['ours', 'dexie'] : ['dexie', 'ours'];
    for (const side of order) {
      if (side === 'ours') {
        const r = await importOurs(false);
        r.lib.close();
        if (i >= input.warmup) out.putMany.push(r.ms);
      } else {
        const r = await importDexie(false);
        r.db.close();
        if (i >= input.warmup) out.dexieBulkPut.push(r.ms);
      }
    }
  }

  // One monitored import each: long tasks and the heartbeat's longest gap.
  const d = await importDexie(true);
  out.dexieLongTasks = d.tasks;
  out.dexieHeartbeatMaxGap = d.gap;
  const o = await importOurs(true);
  out.longTasks = o.tasks;
  out.heartbeatMaxGap = o.gap;
  const lib = o.lib;

  // Reading the 10,000 just imported back in `modified` order, both ways. This is storage
  // only, not the notes view: that view is measured in the app when it exists (see app.ts).
  for (let i = 0; i < input.warmup + input.runs; i++) {
    let t0 = performance.now();
    out.notesRead = (await lib.annotations.listAll()).length;
    if (i >= input.warmup) out.readAll.push(performance.now() - t0);
    t0 = performance.now();
    await d.db.table<Annotation>('annotations').orderBy('modified').toArray();
    if (i >= input.warmup) out.dexieReadAll.push(performance.now() - t0);
  }

  // Saving one note, as the editor does: an edit with its base version, one transaction each.
  for (let i = 0; i < input.saves; i++) {
    const current = records[(i * 7919) % records.length];
    const edited = { ...current, note: `${current.note}\n\nEdited ${i}.`, modified: new Date().toISOString() };
    const t0 = performance.now();
    records[(i * 7919) % records.length] = await lib.annotations.put(edited, { base: current.modified });
    out.saveNote.push(performance.now() - t0);
  }

  lib.close();
  d.db.close();
  await fresh('bench-ours');
  await fresh('bench-dexie');
  return out;
}
