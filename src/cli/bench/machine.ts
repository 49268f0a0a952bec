/** The machine a run was taken on, in one line: figures mean nothing without it. */
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?(.*?)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty}, Linux ${release()}`;
  } catch {
    // Not Linux, or no os-release: the kernel's name will do.
  }
  return `${process.platform} ${release()}`;
}

/** CPU model, cores, RAM, OS, Node and (when known) the Chromium the browser measures ran in. */
export function describeMachine(chromium: string | null): string {
  const cpu = cpus();
  const model = cpu[0]?.model.trim().replace(/\s+/g, ' ') ?? 'unknown CPU';
  const ram = (totalmem() / 2 ** 30).toFixed(1);
  const browser = chromium ? chromium.replace(/^HeadlessChrome\//, 'Chromium ').replace(/^Chrome\//, 'Chromium ') : 'Chromium not started';
  return `${model}, ${cpu.length} cores, ${ram} GiB RAM, ${osName()}, Node ${process.version}, ${browser} (headless)`;
}
