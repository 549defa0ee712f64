export { type Database, migrateDown, migrateToLatest, openDatabase } from './adapters/db/database';
export { type Config, describeSettings, loadConfig, settings } from './config';
export { createDeps, type Deps } from './deps';
export { createHttpServer } from './http/server';
export { describeBootstrap, initialise, type Liuhen, openLiuhen, startServer } from './main';
export { listAuditEntries } from './modules/audit/audit.usecases';
export {
  describeLedger,
  proveConsistency,
  proveInclusion,
  readEntries,
  signCheckpointNow,
  timestampCheckpoints,
  trustedKeys,
} from './modules/ledger/ledger.usecases';
export { findLog } from './ledger/ledger.repository';
export { readLocalVerifierKey } from './ledger/keys';
export { type VerificationReport, type VerifyProgress, verifyLedger } from './ledger/verify';
export { resolveBlobPath } from './adapters/blobs/fs.blob-store';
export { exportPublicKeyPem } from '@liuhen/ledger';
export { findFirstAgency } from './modules/organisation/agency.repository';
export { createUnit, listUnits } from './modules/organisation/units.usecases';
export { findUserByUsername } from './modules/organisation/users.repository';
export { createUser, listUsers, resetPassword, setUserStatus } from './modules/organisation/users.usecases';
export type { SessionActor } from './uow';
export { liuhenVersion } from './version';
export { authenticateStation, createStation, listStations, revokeStation } from './modules/av/stations.usecases';
export { reevaluateAll } from './modules/compliance/compliance.usecases';
