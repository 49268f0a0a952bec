/**
 * Seeds the app's own database with the bench's notes, run inside the served app (same origin)
 * before its notes view is measured. Bundled on its own and evaluated through the DevTools
 * protocol, so the app's CSP and Trusted Types stay exactly as a reader gets them.
 */
import { openLibraryDb } from '../../../storage/index.ts';
import { makeNotes, type NoteArticle } from './notes.ts';

async function seedNotes(articles: NoteArticle[], count: number): Promise<number> {
  const library = await openLibraryDb();
  try {
    await library.annotations.putMany(makeNotes(articles, count));
    return (await library.annotations.listAll()).length;
  } finally {
    library.close();
  }
}

(globalThis as unknown as { benchSeedNotes: typeof seedNotes }).benchSeedNotes = seedNotes;
