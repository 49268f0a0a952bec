/**
 * Shared settings for the property-based fuzz tests. Every run uses a fixed seed so a failure
 * reproduces; FUZZ_SEED=<n> replays another seed and FUZZ_RUNS=<n> scales the number of runs
 * (e.g. FUZZ_RUNS=2000 for a long hunt). fast-check prints the seed and the shrunk
 * counterexample of a failure; the seed is also printed up front so a crash shows it too.
 */
import type { Parameters } from 'fast-check';

export function fuzzOptions<T>(name: string, defaultSeed: number, defaultRuns: number): Parameters<T> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : defaultSeed;
  const numRuns = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : defaultRuns;
  console.log(`# fuzz ${name}: seed ${seed}, ${numRuns} runs (replay with FUZZ_SEED=${seed})`);
  return { seed, numRuns, includeErrorInReport: true };
}
