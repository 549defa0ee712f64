import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createEd25519KeyPair, createNoteSigner, createSm2KeyPair, type NoteSigner } from '@liuhen/ledger';

export type SignatureAlgorithm = 'ed25519' | 'sm2';

/** Where an agency's checkpoint keys live: `<dataDir>/keys/ledger-<agencyId>.key` (0600) and `.vkey` beside it. */
export function keyPaths(dataDir: string, agencyId: string): { signerKeyFile: string; verifierKeyFile: string } {
  const dir = path.join(dataDir, 'keys');
  return {
    signerKeyFile: path.join(dir, `ledger-${agencyId}.key`),
    verifierKeyFile: path.join(dir, `ledger-${agencyId}.vkey`),
  };
}

/**
 * Generates the agency's checkpoint signing key at initialisation. The private key is written with mode 0600 and
 * never leaves the data directory; the verifier key is what outsiders get (`liuhen ledger public-key`).
 */
export function createLedgerKeys(input: {
  dataDir: string;
  agencyId: string;
  keyName: string;
  algorithm: SignatureAlgorithm;
}): { verifierKey: string } {
  const pair = input.algorithm === 'sm2' ? createSm2KeyPair(input.keyName) : createEd25519KeyPair(input.keyName);
  const { signerKeyFile, verifierKeyFile } = keyPaths(input.dataDir, input.agencyId);
  mkdirSync(path.dirname(signerKeyFile), { recursive: true, mode: 0o700 });
  writeFileSync(signerKeyFile, `${pair.signerKey}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(signerKeyFile, 0o600);
  writeFileSync(verifierKeyFile, `${pair.verifierKey}\n`, { mode: 0o644, flag: 'wx' });
  return { verifierKey: pair.verifierKey };
}

/** Loads the signer: the configured key file if any, else the one in the data directory. Null when neither exists. */
export function loadLedgerSigner(input: {
  dataDir: string;
  agencyId: string;
  signingKeyFile?: string | undefined;
}): NoteSigner | null {
  const file = input.signingKeyFile ?? keyPaths(input.dataDir, input.agencyId).signerKeyFile;
  if (!existsSync(file)) return null;
  return createNoteSigner(readFileSync(file, 'utf8').trim());
}

/** The verifier key kept beside the signing key: the trust anchor `liuhen verify` prefers over the database copy. */
export function readLocalVerifierKey(dataDir: string, agencyId: string): string | null {
  const file = keyPaths(dataDir, agencyId).verifierKeyFile;
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}
