import { createContext } from '@lit/context';
import type { AnalysisService } from './analysis-client.ts';
import type { LibraryService } from './library-service.ts';
import type { StorageHandle } from './storage-handle.ts';

/** Every context key in one place; the shell (cl-app) provides each once. */
export const libraryContext = createContext<LibraryService | undefined>(Symbol('cl-library-service'));

/** The library's cross-source findings (computed lazily in the worker). */
export const analysisContext = createContext<AnalysisService | undefined>(Symbol('cl-analysis-service'));

/** The reader's notes database (or why it is unavailable). */
export const storageContext = createContext<StorageHandle>(Symbol('cl-storage'));
