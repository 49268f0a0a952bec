import { expect } from '@open-wc/testing';
import { StaleWriteError, StorageWriteError, toStorageError } from '../../src/storage/index.ts';
import { requestPersistence, storageEstimate } from '../../src/storage/index.ts';

// The real out-of-space path (a write refused by the browser's quota) is exercised end to end
// by the lead's e2e test through the DevTools protocol; here the mapping is checked with the
// platform's own DOMException, no mocks.
describe('toStorageError', () => {
  const cases: [string, unknown, StorageWriteError['kind']][] = [
    ['QuotaExceededError', new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'quota'],
    ['a closed connection', new DOMException('The database connection is closing.', 'InvalidStateError'), 'closed'],
    ['an uncloneable value', new DOMException('could not be cloned', 'DataCloneError'), 'invalid'],
    ['a missing key', new DOMException('no key', 'DataError'), 'invalid'],
    ['an aborted transaction', new DOMException('aborted', 'AbortError'), 'failed'],
    ['anything else', new TypeError('boom'), 'failed'],
    ['a thrown string', 'weird', 'failed'],
  ];
  for (const [what, thrown, kind] of cases) {
    it(`maps ${what} to '${kind}' with a message that says nothing was changed`, () => {
      const error = toStorageError(thrown);
      expect(error).to.be.instanceOf(StorageWriteError);
      expect((error as StorageWriteError).kind).to.equal(kind);
      expect(error.message).to.contain('nothing was changed');
      expect((error as StorageWriteError).cause).to.equal(thrown);
    });
  }

  it('gives the out-of-space message the reader is promised', () => {
    expect(toStorageError(new DOMException('x', 'QuotaExceededError')).message).to.equal(
      'Your device is out of storage space: nothing was changed. Free some space or export a backup, then try again.',
    );
  });

  it('passes typed errors through unchanged', () => {
    const stale = new StaleWriteError('annotations', 'id', undefined);
    const write = new StorageWriteError('quota', 'x');
    expect(toStorageError(stale)).to.equal(stale);
    expect(toStorageError(write)).to.equal(write);
  });
});

describe('navigator.storage helpers', () => {
  it('storageEstimate reports usage and quota in bytes', async () => {
    const estimate = await storageEstimate();
    expect(estimate).to.not.equal(null);
    expect(estimate!.quota).to.be.greaterThan(0);
    expect(estimate!.usage).to.be.at.least(0);
  });

  it('requestPersistence answers with a boolean (headless Chromium may decline)', async () => {
    expect(await requestPersistence()).to.be.a('boolean');
  });
});
