import type { ImportKind } from './types.ts';

/** What the file picker offers; anything else is refused with this list. */
export const ACCEPTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm'];

/** File kinds by extension. */
export function kindOfFile(name: string): ImportKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt') return 'text';
  if (ext === 'html' || ext === 'htm') return 'html';
  return null;
}
