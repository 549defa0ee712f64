import type { Kysely } from 'kysely';
import { initMigration } from './migrations/0001-init';
import { ledgerMigration } from './migrations/0002-ledger';
import { ledgerTimestampsMigration } from './migrations/0003-ledger-timestamps';
import { casesMigration } from './migrations/0004-cases';
import { avMigration } from './migrations/0005-av';
import { profilesAvMigration } from './migrations/0006-profiles-av';
import { avDerivativesMigration } from './migrations/0007-av-derivatives';
import { complianceMigration } from './migrations/0008-compliance';
import { caseEndMigration } from './migrations/0009-case-end';
import { complianceDigestMigration } from './migrations/0010-compliance-digest';

export type Dialect = 'sqlite' | 'postgres';

/** One schema change, written once with Kysely's schema builder for both dialects. */
export type Migration = {
  name: string;
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
  down(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
};

/** Every migration in order. Explicit, not globbed: the order is reviewed, and bundling stays simple. */
export const migrations: readonly Migration[] = [
  initMigration,
  ledgerMigration,
  ledgerTimestampsMigration,
  casesMigration,
  avMigration,
  profilesAvMigration,
  avDerivativesMigration,
  complianceMigration,
  caseEndMigration,
  complianceDigestMigration,
];
