import canonicalize from 'canonicalize';
import { encodeUtf8 } from './bytes';
import { LedgerError } from './errors';

/** A value RFC 8785 can represent: I-JSON (RFC 7493) data built from plain objects and arrays. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

// RFC 8785 §3.2.2.2 works on I-JSON strings (RFC 7493 §2.1): a lone surrogate has no UTF-8 form.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * RFC 8785 (JCS) canonical text of `value`: keys sorted by UTF-16 code units (§3.2.3), no whitespace,
 * ECMAScript number serialisation (§3.2.2.3), minimal string escaping (§3.2.2.2).
 * Values JSON cannot carry faithfully (undefined, NaN, ±Infinity, functions, symbols, bigints,
 * class instances such as Date or Uint8Array, cycles, lone surrogates) are 'json.not_representable'
 * rather than silently dropped or turned into null as JSON.stringify would.
 */
export function canonicalizeJson(value: unknown): string {
  assertRepresentable(value, '$', new Set());
  const text = canonicalize(value);
  if (text === undefined) throw notRepresentable('$', 'no JSON form');
  return text;
}

/** The UTF-8 bytes of the RFC 8785 canonical form: exactly what a ledger leaf hashes. */
export function encodeCanonicalJson(value: unknown): Uint8Array {
  return encodeUtf8(canonicalizeJson(value));
}

function assertRepresentable(value: unknown, path: string, ancestors: Set<object>): void {
  switch (typeof value) {
    case 'boolean':
      return;
    case 'string':
      if (LONE_SURROGATE.test(value)) throw notRepresentable(path, 'string holds a lone surrogate');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw notRepresentable(path, `${value} is not a finite number`);
      return;
    case 'object':
      if (value === null) return;
      assertContainer(value, path, ancestors);
      return;
    default:
      throw notRepresentable(path, `${typeof value} has no JSON form`);
  }
}

function assertContainer(value: object, path: string, ancestors: Set<object>): void {
  if (ancestors.has(value)) throw notRepresentable(path, 'cyclic reference');
  ancestors.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) assertRepresentable(value[i], `${path}[${i}]`, ancestors);
  } else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw notRepresentable(path, 'not a plain object');
    if (Object.getOwnPropertySymbols(value).length > 0) throw notRepresentable(path, 'symbol-keyed property');
    for (const [key, child] of Object.entries(value)) {
      const childPath = `${path}.${key}`;
      if (LONE_SURROGATE.test(key)) throw notRepresentable(childPath, 'key holds a lone surrogate');
      assertRepresentable(child, childPath, ancestors);
    }
  }
  ancestors.delete(value);
}

function notRepresentable(path: string, reason: string): LedgerError {
  return new LedgerError('json.not_representable', `${path}: ${reason}`);
}
