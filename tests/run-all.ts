/**
 * `npm test`: the type check, the browser tests (web-test-runner in headless Chromium), then the
 * Node tests (core, CLI, end-to-end against the built app). Ends with one plain line
 * `N passed, N failed` summed over all of them and exits non-zero on any failure.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

interface Totals {
  passed: number;
  failed: number;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const tee = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      target.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function testFiles(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return testFiles(path);
      return name.endsWith('.test.ts') ? [relative(process.cwd(), path)] : [];
    });
  } catch {
    return [];
  }
}

const bin = (name: string) => join('node_modules', '.bin', name);
const totals: Totals = { passed: 0, failed: 0 };
const add = (step: string, t: Totals) => {
  totals.passed += t.passed;
  totals.failed += t.failed;
  console.log(`\n== ${step}: ${t.passed} passed, ${t.failed} failed\n`);
};

// 1. Type check: one check per TypeScript project, so a type error shows as a failure.
const projects = ['tsconfig.json', 'src/core/tsconfig.json', 'src/sw/tsconfig.json', 'src/worker/tsconfig.json'];
const typecheck: Totals = { passed: 0, failed: 0 };
for (const project of projects) {
  const { code } = await run(bin('tsc'), ['--noEmit', '-p', project]);
  if (code === 0) typecheck.passed++;
  else typecheck.failed++;
}
add('type check', typecheck);

// 2. Browser tests.
const wtr = await run(bin('wtr'), ['--config', 'web-test-runner.config.mjs']);
const wtrLine = /WTR TOTALS (\d+) passed, (\d+) failed/.exec(wtr.output);
add('browser tests', wtrLine ? { passed: Number(wtrLine[1]), failed: Number(wtrLine[2]) + (wtr.code !== 0 && wtrLine[2] === '0' ? 1 : 0) } : { passed: 0, failed: 1 });

// 3. Node tests: pure core, CLI, and end-to-end runs of the built app in Chromium.
const nodeFiles = [...testFiles('tests/core'), ...testFiles('tests/cli'), ...testFiles('tests/e2e')];
if (nodeFiles.length > 0) {
  const node = await run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-timeout=300000', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=.test-results.tap', ...nodeFiles]);
  const tap = await import('node:fs').then((fs) => fs.readFileSync('.test-results.tap', 'utf8'));
  await import('node:fs').then((fs) => fs.rmSync('.test-results.tap', { force: true }));
  const pass = /^# pass (\d+)/m.exec(tap);
  const fail = /^# fail (\d+)/m.exec(tap);
  const counted = { passed: Number(pass?.[1] ?? 0), failed: Number(fail?.[1] ?? 0) };
  if (node.code !== 0 && counted.failed === 0) counted.failed = 1;
  add('node tests', counted);
}

console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
