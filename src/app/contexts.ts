import { createContext } from '@lit/context';
import type { LibraryService } from './library-service.ts';

/** Every context key in one place; the shell (cl-app) provides each once. */
export const libraryContext = createContext<LibraryService | undefined>(Symbol('cl-library-service'));
