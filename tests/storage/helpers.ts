import { deleteDB } from 'idb';
import type { Annotation } from '../../src/core/annotations.ts';
import type { Library } from '../../src/storage/index.ts';

/** A database name no other test uses; `cleanUp` deletes it after closing what the test opened. */
export function uniqueDbName(label: string): string {
  return `crosslight-test-${label}-${crypto.randomUUID()}`;
}

export async function cleanUp(name: string, ...open: (Library | IDBDatabase | undefined)[]): Promise<void> {
  for (const connection of open) connection?.close();
  await deleteDB(name);
}

export function annotation(id: string, overrides: Partial<Annotation> = {}): Annotation {
  return {
    id,
    target: {
      source: 'article-a',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'the bridge', prefix: 'The mayor said ', suffix: ' would reopen' },
        { type: 'TextPositionSelector', start: 15, end: 25 },
      ],
      textHash: 'abc',
    },
    note: `note ${id}`,
    tags: ['bridge'],
    category: 'important',
    created: '2025-01-01T10:00:00.000Z',
    modified: '2025-01-01T10:00:00.000Z',
    anchor: 'anchored',
    ...overrides,
  };
}

/** Resolves when `condition` holds, polling; fails the test after `ms`. */
export async function until(condition: () => boolean, what: string, ms = 3000): Promise<void> {
  const began = performance.now();
  while (!condition()) {
    if (performance.now() - began > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
