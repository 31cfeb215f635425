import { FRAMEWORK_LIMITS } from './limits';
import type { FrameworkProblem } from './types';

/** A YAML mapping read into a plain object. */
export type Mapping = Record<string, unknown>;

/**
 * Checks for single fields of a document read from YAML. Each check reports its own
 * problems (path and message) and returns undefined when the value is invalid, so a caller
 * can carry on and report every other problem too.
 */
export class FieldChecks {
  readonly problems: FrameworkProblem[] = [];

  /**
   * Records a problem; at FRAMEWORK_LIMITS.problems the check stops (see StopChecking). Returns
   * undefined, so a check can `return this.report(...)` for an invalid value.
   */
  protected report(path: string, message: string): undefined {
    this.problems.push({ path, message });
    if (this.problems.length >= FRAMEWORK_LIMITS.problems) {
      this.stop('', `stopped after ${FRAMEWORK_LIMITS.problems} problems; fix these and try again`);
    }
    return undefined;
  }

  /** The value at `key`, or undefined after reporting it missing (null counts as missing). */
  protected required(value: Mapping, path: string, key: string): unknown {
    const raw = own(value, key);
    return raw === undefined || raw === null ? this.report(join(path, key), 'is required') : raw;
  }

  /** Records a last problem and stops checking: the rest of the document is not read. */
  protected stop(path: string, message: string): never {
    this.problems.push({ path, message });
    throw new StopChecking();
  }

  protected mapping(value: unknown, path: string): value is Mapping {
    if (isMapping(value)) return true;
    this.report(path, value === undefined || value === null ? 'is required' : 'must be a mapping');
    return false;
  }

  /** A trimmed, non-empty string of at most `max` characters. */
  protected text(
    value: Mapping,
    path: string,
    key: string,
    max: number,
    required = true,
  ): string | undefined {
    if (own(value, key) === undefined && !required) return undefined;
    const raw = this.required(value, path, key);
    const fieldPath = join(path, key);
    if (raw === undefined) return undefined;
    if (typeof raw !== 'string') return this.report(fieldPath, 'must be a string');
    const text = raw.trim();
    if (text === '') return this.report(fieldPath, 'must not be empty');
    if (text.length > max) {
      return this.report(fieldPath, `must be at most ${max} characters (has ${text.length})`);
    }
    return text;
  }

  protected number(
    value: Mapping,
    path: string,
    key: string,
    rule: { integer?: boolean; min: number; max: number; message: string },
  ): number | undefined {
    const raw = this.required(value, path, key);
    if (raw === undefined) return undefined;
    if (
      typeof raw !== 'number' ||
      !Number.isFinite(raw) ||
      (rule.integer === true && !Number.isInteger(raw)) ||
      raw < rule.min ||
      raw > rule.max
    ) {
      return this.report(join(path, key), rule.message);
    }
    return raw;
  }

  protected boolean(
    value: Mapping,
    path: string,
    key: string,
    required: boolean,
  ): boolean | undefined {
    if (own(value, key) === undefined && !required) return undefined;
    const raw = this.required(value, path, key);
    if (raw === undefined || typeof raw === 'boolean') return raw;
    return this.report(join(path, key), 'must be true or false');
  }

  protected oneOf<T extends string>(
    value: Mapping,
    path: string,
    key: string,
    allowed: readonly T[],
  ): T | undefined {
    const raw = this.required(value, path, key);
    if (raw === undefined) return undefined;
    if (typeof raw === 'string' && (allowed as readonly string[]).includes(raw)) return raw as T;
    return this.report(join(path, key), `must be one of ${allowed.join(', ')}`);
  }

  /** A required, non-empty list; `item` validates each entry. */
  protected list<T>(
    value: Mapping,
    path: string,
    key: string,
    item: (value: unknown, path: string) => T | undefined,
  ): (T | undefined)[] | undefined {
    const raw = this.required(value, path, key);
    const fieldPath = join(path, key);
    if (raw === undefined) return undefined;
    if (!Array.isArray(raw)) return this.report(fieldPath, 'must be a list');
    if (raw.length === 0) return this.report(fieldPath, 'must have at least one item');
    return raw.map((entry, i) => item(entry, `${fieldPath}[${i}]`));
  }

  /** A required, non-empty list of trimmed, non-empty strings. */
  protected textList(
    value: Mapping,
    path: string,
    key: string,
    limits: { maxItems: number; maxLength: number },
  ): string[] | undefined {
    const items = this.list(value, path, key, (entry, itemPath) => {
      if (typeof entry !== 'string') {
        return this.report(itemPath, entry === null ? 'must not be empty' : 'must be a string');
      }
      const text = entry.trim();
      if (text === '') return this.report(itemPath, 'must not be empty');
      if (text.length <= limits.maxLength) return text;
      return this.report(
        itemPath,
        `must be at most ${limits.maxLength} characters (has ${text.length})`,
      );
    });
    if (items !== undefined && items.length > limits.maxItems) {
      this.report(join(path, key), `must have at most ${limits.maxItems} items`);
    }
    return items as string[] | undefined;
  }

  protected unique(seen: Map<string, string>, code: string, path: string): void {
    const first = seen.get(code);
    if (first === undefined) seen.set(code, path);
    else this.report(join(path, 'code'), `duplicate code ${code} (first used at ${first})`);
  }

  protected unknownFields(value: Mapping, path: string, known: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const suggestion = closest(key, known);
      this.report(
        join(path, key),
        suggestion === undefined ? 'unknown field' : `unknown field (did you mean ${suggestion}?)`,
      );
    }
  }
}

/** Thrown by `stop`, caught where the check began: its problems are the result. */
export class StopChecking extends Error {}

export function own(value: Mapping, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

export function isMapping(value: unknown): value is Mapping {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `parent.key`, or `parent["odd key"]` when the key is not a plain identifier or number. */
export function join(parent: string, key: string): string {
  if (/^(?:[A-Za-z_$][\w$]*|\d+)$/.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

export function isHttpUrl(text: string): boolean {
  if (/\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The known field an unknown one was probably meant to be (a typo or a case slip). */
function closest(key: string, known: readonly string[]): string | undefined {
  // A key much longer than every known field is no typo, and its edit distance would cost more.
  if (key.length > 32) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.min(2, Math.floor(key.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}
