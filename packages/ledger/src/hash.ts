import { createHash } from 'node:crypto';
import { LedgerError } from './errors';

/** Hash functions a Liuhen tree may use: SHA-256 (FIPS 180-4) or SM3 (GB/T 32905-2016). Never mixed in one tree. */
export type HashAlgorithm = 'sha256' | 'sm3';

/** A hash function over byte strings. */
export type Hasher = {
  readonly algorithm: HashAlgorithm;
  /** Digest length in bytes (32 for both algorithms). */
  readonly size: number;
  /** Digest of the concatenation of `parts`. */
  digest(...parts: readonly Uint8Array[]): Uint8Array;
};

const DIGEST_SIZES: Record<HashAlgorithm, number> = { sha256: 32, sm3: 32 };

/** Create a hasher backed by node:crypto (OpenSSL 3 provides SM3). */
export function createHasher(algorithm: HashAlgorithm): Hasher {
  const size = DIGEST_SIZES[algorithm];
  if (!Object.hasOwn(DIGEST_SIZES, algorithm) || size === undefined) {
    throw new LedgerError('hash.unsupported_algorithm', `unknown hash algorithm ${String(algorithm)}`);
  }
  return {
    algorithm,
    size,
    digest(...parts) {
      const hash = createHash(algorithm);
      for (const part of parts) hash.update(part);
      const out = hash.digest();
      return new Uint8Array(out.buffer, out.byteOffset, out.length);
    },
  };
}
