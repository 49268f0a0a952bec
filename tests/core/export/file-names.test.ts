import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportFileName } from '../../../src/core/export/file-names.ts';

describe('exportFileName', () => {
  // Local time: an export at 23:30 on 22 November is named for the 22nd wherever the reader is.
  const late = new Date(2026, 10, 22, 23, 30);
  it('names each kind with the local date and its extension', () => {
    assert.equal(exportFileName('markdown', late), 'crosslight-notes-2026-11-22.md');
    assert.equal(exportFileName('web-annotation', late), 'crosslight-notes-2026-11-22.jsonld');
    assert.equal(exportFileName('csv', late), 'crosslight-notes-2026-11-22.csv');
    assert.equal(exportFileName('backup', late), 'crosslight-backup-2026-11-22.json');
  });
  it('pads month and day', () => {
    assert.equal(exportFileName('backup', new Date(2027, 0, 5, 8)), 'crosslight-backup-2027-01-05.json');
  });
});
