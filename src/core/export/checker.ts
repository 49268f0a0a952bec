import type { ImportIssue } from './types.ts';

/** How many problems one import reports in full; past that a count, so a broken file stays readable. */
const MAX_REPORTED = 50;

/** `annotations[3].target.selectors[0].exact` */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What was found instead, for messages: `a number (42)`, `null`, `an array`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `a string (${JSON.stringify(value.length > 30 ? value.slice(0, 30) + '…' : value)})`;
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * Reads fields out of untrusted JSON, recording each problem with its path. Every getter returns
 * `undefined` after recording an error, so callers read a whole record and then ask `failed`.
 */
export class Checker {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  private dropped = 0;

  error(path: string, message: string): undefined {
    if (this.errors.length < MAX_REPORTED) this.errors.push({ path, message: path ? `${path}: ${message}` : message });
    else this.dropped++;
    return undefined;
  }

  warn(path: string, message: string): void {
    if (this.warnings.length < MAX_REPORTED) this.warnings.push({ path, message: path ? `${path}: ${message}` : message });
  }

  /** All errors, plus one line for those beyond the reporting limit. */
  allErrors(): ImportIssue[] {
    return this.dropped > 0 ? [...this.errors, { path: '', message: `…and ${this.dropped} more problems` }] : this.errors;
  }

  get errorCount(): number {
    return this.errors.length + this.dropped;
  }

  private expected(path: string, what: string, value: unknown): undefined {
    return this.error(path, value === undefined ? `missing (expected ${what})` : `expected ${what}, found ${describe(value)}`);
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    return isRecord(value) ? value : this.expected(path, 'an object', value);
  }

  array(value: unknown, path: string): unknown[] | undefined {
    return Array.isArray(value) ? value : this.expected(path, 'a list', value);
  }

  string(value: unknown, path: string, options: { nonEmpty?: boolean } = {}): string | undefined {
    if (typeof value !== 'string') return this.expected(path, 'a string', value);
    if (options.nonEmpty && value.trim() === '') return this.error(path, 'must not be empty');
    return value;
  }

  /** `null` is a value here ("the source does not say"); only a missing key or a wrong type is wrong. */
  nullableString(value: unknown, path: string): string | null | undefined {
    return value === null ? null : typeof value === 'string' ? value : this.expected(path, 'a string or null', value);
  }

  integer(value: unknown, path: string, min = 0): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value)) return this.expected(path, 'a whole number', value);
    if (value < min) return this.error(path, `must be ${min} or more, found ${value}`);
    return value;
  }

  boolean(value: unknown, path: string): boolean | undefined {
    return typeof value === 'boolean' ? value : this.expected(path, 'true or false', value);
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.expected(path, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value);
  }

  timestamp(value: unknown, path: string): string | undefined {
    if (typeof value !== 'string') return this.expected(path, 'a date and time (ISO 8601)', value);
    if (!ISO_TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) {
      return this.error(path, `expected a date and time like 2026-11-22T09:30:00Z, found ${describe(value)}`);
    }
    return value;
  }

  stringList(value: unknown, path: string): string[] | undefined {
    const list = this.array(value, path);
    if (!list) return undefined;
    const before = this.errorCount;
    const out = list.map((item, i) => this.string(item, at(path, i)));
    return this.errorCount === before ? (out as string[]) : undefined;
  }

  /**
   * Keys this Crosslight does not know are tolerated (the import goes on) but reported and left
   * out of the records: storage writes records as they are, so a file must not add fields to them.
   */
  unknownKeys(obj: Record<string, unknown>, path: string, known: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) this.warn(at(path, key), 'unknown field, left out');
    }
  }
}
