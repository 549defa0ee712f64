import { randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Database } from './adapters/db/database';
import path from 'node:path';
import type { HolidayCalendar } from '@liuhen/domain';
import type { NoteSigner } from '@liuhen/ledger';
import type { BlobStore } from './adapters/blobs/blob-store';
import { createFsBlobStore } from './adapters/blobs/fs.blob-store';
import { createS3BlobStore } from './adapters/blobs/s3.blob-store';
import { createConfiguredCalendar } from './adapters/calendar/calendar-files';
import type { Config } from './config';
import { loadLedgerSigner } from './ledger/keys';
import { loadProfiles, type ProfileRegistry } from './modules/profiles/profile-registry';
import { createUnitOfWork, type UnitOfWork } from './uow';

export type Clock = { now(): Date };
export type Ids = { newId(): string };
export type PasswordHasher = {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
};

/** Everything a use case may touch, grouped by port. Built once in the composition root. */
export type Deps = {
  database: Database;
  uow: UnitOfWork;
  clock: Clock;
  ids: Ids;
  passwords: PasswordHasher;
  config: Config;
  /** Content-addressed files: `<data dir>/blobs` on local disk, or S3-compatible object storage. */
  blobs: BlobStore;
  /** The official working-day calendar (the State Council's holidays and make-up workdays, as data) for deadlines. */
  calendar: HolidayCalendar;
  /** The jurisdiction profiles (GEN-01): shipped ones plus the agency's own directory, loaded at start. */
  profiles: ProfileRegistry;
  /** The agency's checkpoint signer (loaded once from its key file), or null where this node holds no key. */
  signerFor(agencyId: string): NoteSigner | null;
};

/** Argon2id with the OWASP-recommended minimum (m=19 MiB, t=2, p=1). */
export const argon2Passwords: PasswordHasher = {
  hash: (password) => hash(password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 }),
  async verify(passwordHash, password) {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  },
};

/** The blob store the configuration names: local disk under the data directory, or S3-compatible storage. */
export function createConfiguredBlobStore(config: Config): BlobStore {
  if (config.blobStore === 'disk') return createFsBlobStore({ root: path.join(config.dataDir, 'blobs') });
  return createS3BlobStore({
    endpoint: config.s3Endpoint,
    region: config.s3Region,
    bucket: config.s3Bucket!,
    accessKeyId: config.s3AccessKeyId!,
    secretAccessKey: config.s3SecretAccessKey!,
    forcePathStyle: config.s3ForcePathStyle,
    stagingDir: path.join(config.dataDir, 'staging'),
  });
}

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: Ids = { newId: () => randomUUID() };

export function createDeps(input: {
  database: Database;
  config: Config;
  clock?: Clock;
  ids?: Ids;
  passwords?: PasswordHasher;
  blobs?: BlobStore;
  calendar?: HolidayCalendar;
  profiles?: ProfileRegistry;
}): Deps {
  const clock = input.clock ?? systemClock;
  const signers = new Map<string, NoteSigner | null>();
  const signerFor = (agencyId: string) => {
    if (!signers.has(agencyId)) {
      const { dataDir, ledgerSigningKeyFile } = input.config;
      signers.set(agencyId, loadLedgerSigner({ dataDir, agencyId, signingKeyFile: ledgerSigningKeyFile }));
    }
    return signers.get(agencyId) ?? null;
  };
  return {
    database: input.database,
    uow: createUnitOfWork(input.database, clock, {
      checkpointEveryEntries: input.config.checkpointEveryEntries,
      signerFor,
    }),
    signerFor,
    blobs: input.blobs ?? createConfiguredBlobStore(input.config),
    calendar: input.calendar ?? createConfiguredCalendar(input.config),
    profiles:
      input.profiles ??
      loadProfiles({ agencyDir: input.config.profilesDir ?? path.join(input.config.dataDir, 'profiles') }),
    clock,
    ids: input.ids ?? randomIds,
    passwords: input.passwords ?? argon2Passwords,
    config: input.config,
  };
}
