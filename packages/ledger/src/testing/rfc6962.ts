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
/** integrity-notes.md / transparency-dev proofgen: MTH of the first n reference leaves, n = 0..8 (SHA-256). */
export const REFERENCE_ROOTS: readonly string[] = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

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
