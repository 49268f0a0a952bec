import { openLibraryDb, requestPersistence, type Library } from '../storage/index.ts';

/**
 * The reader's notes database as the views see it: open, or not usable with a sentence that
 * says why and what to do. The bundled articles read either way.
 */
export interface StorageHandle {
  library: Library | null;
  problem: string | null;
}

export const STORAGE_OPENING: StorageHandle = { library: null, problem: null };

/** Opens the database; `onChange` receives a new handle when the connection is lost later. */
export async function openStorage(onChange: (handle: StorageHandle) => void, name?: string): Promise<StorageHandle> {
  try {
    const library = await openLibraryDb(name, {
      onBlocked: () => onChange({ library: null, problem: 'Another Crosslight tab is using an older version of your notes. Close it (or reload it) so this tab can open them.' }),
    });
    library.onClosed(() =>
      onChange({ library: null, problem: 'A newer version of Crosslight was opened in another tab. Reload this page to keep saving notes; everything saved so far is kept.' }),
    );
    // Ask the browser not to evict notes under storage pressure; the answer is shown in the notes view.
    void requestPersistence();
    return { library, problem: null };
  } catch (err) {
    if (err instanceof Error && err.name === 'VersionError') {
      // The database on disk is newer than this code: an old cached copy of the app is running.
      return { library: null, problem: 'Your notes were last opened by a newer version of Crosslight. Reload the page to get it; nothing has been lost. You can still read every article.' };
    }
    const detail = err instanceof Error ? err.message : String(err);
    return {
      library: null,
      problem: `Notes cannot be saved in this browser (${detail}). Private browsing or blocked site storage often causes this. You can still read every article.`,
    };
  }
}
