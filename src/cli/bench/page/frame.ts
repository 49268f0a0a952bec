/** In-page timing helpers (bundled into the bench page). */

/** Resolves with performance.now() just after the next frame has been produced (style, layout, paint). */
export function afterNextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(performance.now());
      };
      channel.port2.postMessage(0);
    });
  });
}

/** Two frames and a task: previous work rendered, collected and out of the way. */
export async function settle(): Promise<void> {
  await afterNextFrame();
  await afterNextFrame();
}

/**
 * The longest the main thread went without running a task while started: a MessageChannel
 * ping-pong records the gaps between its own turns. Costs a little throughput, so it runs only
 * in dedicated monitored runs, not in the timed ones.
 */
export function heartbeat(): { stop(): number } {
  const channel = new MessageChannel();
  let running = true;
  let last = performance.now();
  let max = 0;
  channel.port1.onmessage = () => {
    const now = performance.now();
    max = Math.max(max, now - last);
    last = now;
    if (running) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  return {
    stop() {
      running = false;
      max = Math.max(max, performance.now() - last);
      channel.port1.close();
      return max;
    },
  };
}

/** Records long tasks (over 50 ms, as the browser reports them) until stopped. */
export function longTasks(): { stop(): Promise<number[]> } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  try {
    observer.observe({ type: 'longtask' });
  } catch {
    // Not supported: reported as no long task.
  }
  return {
    async stop() {
      // Entries are delivered asynchronously after the task ends.
      await afterNextFrame();
      await new Promise((r) => setTimeout(r, 20));
      for (const entry of observer.takeRecords()) durations.push(entry.duration);
      observer.disconnect();
      return durations;
    },
  };
}
