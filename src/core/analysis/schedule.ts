/**
 * Cooperative scheduling for long analysis: a worker can only receive an abort message between
 * macrotasks, so the engine yields to the event loop every few milliseconds and checks the
 * signal. Core compiles without DOM/Node types, so setTimeout is reached through globalThis.
 */
type Timer = (fn: () => void, ms: number) => unknown;

/** What the engine needs of an AbortSignal (core has no DOM types; a real signal fits). */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

const SLICE_MS = 8;

export class Scheduler {
  private last = Date.now();
  constructor(private readonly signal?: AbortSignalLike) {}

  /** Throws an AbortError when the caller has aborted. */
  check(): void {
    if (this.signal?.aborted) throw abortError();
  }

  /** Yields a macrotask if this slice has run long enough, then checks the signal. */
  async maybeYield(): Promise<void> {
    this.check();
    if (Date.now() - this.last < SLICE_MS) return;
    await yieldMacrotask();
    this.last = Date.now();
    this.check();
  }
}

export function abortError(): Error {
  const err = new Error('The analysis was aborted.');
  err.name = 'AbortError';
  return err;
}

function yieldMacrotask(): Promise<void> {
  const setTimeoutFn = (globalThis as unknown as { setTimeout?: Timer }).setTimeout;
  return new Promise((resolve) => (setTimeoutFn ? setTimeoutFn(resolve, 0) : resolve()));
}
