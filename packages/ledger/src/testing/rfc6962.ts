// Test-only data and a deliberately naive RFC 6962 reference, independent of the code under test.
import { createHash } from 'node:crypto';

/** The 8 reference leaves of transparency-dev/merkle `cmd/proofgen` and the CT test suite. */
export const REFERENCE_LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((hex) => Uint8Array.from(Buffer.from(hex, 'hex')));

/** Hex to bytes without the validation of the code under test. */
export function hex(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text, 'hex'));
}

/** Bytes to hex. */
export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/** Copy of `bytes` with bit `bit` flipped. */
export function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[bit >> 3]! ^= 1 << (bit & 7);
  return copy;
}

/** A naive transcription of RFC 6962 §2.1 over raw entries: MTH, PATH and PROOF/SUBPROOF. */
export function createReference(algorithm: 'sha256' | 'sm3') {
  const h = (...parts: Uint8Array[]) => {
    const hash = createHash(algorithm);
    for (const p of parts) hash.update(p);
    return Uint8Array.from(hash.digest());
  };
  const k = (n: number) => 2 ** Math.floor(Math.log2(n - 1));
  const mth = (d: Uint8Array[]): Uint8Array => {
    if (d.length === 0) return h();
    if (d.length === 1) return h(Uint8Array.of(0), d[0]!);
    const split = k(d.length);
    return h(Uint8Array.of(1), mth(d.slice(0, split)), mth(d.slice(split)));
  };
  const path = (m: number, d: Uint8Array[]): Uint8Array[] => {
    if (d.length === 1) return [];
    const split = k(d.length);
    if (m < split) return [...path(m, d.slice(0, split)), mth(d.slice(split))];
    return [...path(m - split, d.slice(split)), mth(d.slice(0, split))];
  };
  const subproof = (m: number, d: Uint8Array[], b: boolean): Uint8Array[] => {
    if (m === d.length) return b ? [] : [mth(d)];
    const split = k(d.length);
    if (m <= split) return [...subproof(m, d.slice(0, split), b), mth(d.slice(split))];
    return [...subproof(m - split, d.slice(split), false), mth(d.slice(0, split))];
  };
  return {
    leafHash: (d: Uint8Array) => h(Uint8Array.of(0), d),
    mth,
    path,
    proof: (m: number, d: Uint8Array[]) => subproof(m, d, true),
  };
}

/** Deterministic distinct entries for exhaustive tests. */
export function makeEntries(count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => new TextEncoder().encode(`entry ${i} 留痕`));
}
