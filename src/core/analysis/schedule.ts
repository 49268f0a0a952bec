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

/**
 * A macrotask without a timer: nested setTimeout(0) is clamped to 1 ms in Node and 4 ms in
 * browsers, which at one yield per 8 ms slice cost up to a third of a short analysis in waiting.
 * setImmediate (Node) and a MessageChannel message (workers, pages) run as soon as the queue
 * reaches them, after any message already waiting, so an abort is still seen at the next check.
 */
function yieldMacrotask(): Promise<void> {
  const g = globalThis as unknown as { setImmediate?: (fn: () => void) => unknown; MessageChannel?: new () => Channel; setTimeout?: Timer };
  if (g.setImmediate) return new Promise((resolve) => g.setImmediate!(resolve));
  if (g.MessageChannel) {
    if (!yieldChannel) {
      yieldChannel = new g.MessageChannel();
      yieldChannel.port1.onmessage = () => waiting.shift()?.();
    }
    const channel = yieldChannel;
    return new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => (g.setTimeout ? g.setTimeout(resolve, 0) : resolve()));
}

interface Channel {
  port1: { onmessage: ((ev: unknown) => void) | null };
  port2: { postMessage(message: unknown): void };
}

/** One channel for all yields; messages arrive in order, so each wakes the oldest waiter. */
let yieldChannel: Channel | undefined;
const waiting: Array<() => void> = [];
