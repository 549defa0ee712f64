import { checkPasswordPolicy, domainError } from '@liuhen/domain';
import { isUniqueViolation } from '../../adapters/db/sql';
import type { Deps } from '../../deps';
import { createLedgerKeys } from '../../ledger/keys';
import { insertLog } from '../../ledger/ledger.repository';
import { generatePassword } from '../auth/password-generator';
import { findFirstAgency, insertAgency } from './agency.repository';
import { insertUser } from './users.repository';

export const bootstrapAdminUsername = 'admin';

export type BootstrapResult =
  | { created: false; agencyId: string }
  | { created: true; agencyId: string; adminUsername: string; generatedPassword: string | null };

/**
 * First start: creates the agency and its bootstrap administrator, who must change the password at first login.
 * Idempotent: when an agency exists nothing happens. Two processes starting at once cannot both create one:
 * the loser hits the unique username and reports the winner's agency.
 */
export async function initialiseAgency(
  deps: Deps,
  input: { agencyName: string; adminPassword?: string | undefined; profileId?: string | undefined },
): Promise<BootstrapResult> {
  const { config } = deps;
  const existing = await findFirstAgency(deps.database.db);
  if (existing) return { created: false, agencyId: existing.id };
  // GEN-01: the profile may be chosen at installation (LIUHEN_PROFILE) or later in 系统管理.
  const profileId = input.profileId ?? config.profile ?? null;
  const profile = profileId ? deps.profiles.require(profileId) : null;
  const password = input.adminPassword ?? generatePassword();
  if (input.adminPassword !== undefined) {
    try {
      checkPasswordPolicy({ password, username: bootstrapAdminUsername });
    } catch (error) {
      throw domainError('config.invalid', { key: 'LIUHEN_ADMIN_PASSWORD', reason: (error as Error).message });
    }
  }
  const passwordHash = await deps.passwords.hash(password);
  const agencyId = deps.ids.newId();
  const adminId = deps.ids.newId();
  const ctx = { actor: null, agencyId, requestId: null };
  // The ledger's hash and signature algorithms are chosen here, once, and fixed for the life of the log.
  const origin = config.ledgerOrigin ?? `liuhen/${agencyId}`;
  const { verifierKey } = createLedgerKeys({
    dataDir: config.dataDir,
    agencyId,
    keyName: origin,
    algorithm: config.ledgerSignature,
  });
  try {
    await deps.uow.run(ctx, async (tx) => {
      await insertAgency(tx, {
        id: agencyId,
        name: input.agencyName,
        shortName: input.agencyName.slice(0, 4),
        profileId: profile?.profile.id ?? null,
      });
      await insertLog(tx.db, {
        agencyId,
        origin,
        hashAlgorithm: config.ledgerHash,
        signatureAlgorithm: config.ledgerSignature,
        verifierKey,
        createdAt: tx.now.toISOString(),
      });
      await insertUser(tx, {
        id: adminId,
        agencyId,
        unitId: null,
        username: bootstrapAdminUsername,
        displayName: '系统管理员',
        roles: ['admin'],
        passwordHash,
      });
      await tx.ledger.append({
        action: 'agency.initialised',
        subject: { type: 'agency', id: agencyId },
        summary: {
          name: input.agencyName,
          adminUsername: bootstrapAdminUsername,
          adminUserId: adminId,
          ledger: { origin, hashAlgorithm: config.ledgerHash, verifierKey },
          profile: profile
            ? { id: profile.profile.id, version: profile.profile.version, sha256: profile.sha256 }
            : null,
        },
      });
    });
  } catch (error) {
    const winner = isUniqueViolation(error) ? await findFirstAgency(deps.database.db) : undefined;
    if (winner) return { created: false, agencyId: winner.id };
    throw error;
  }
  return {
    created: true,
    agencyId,
    adminUsername: bootstrapAdminUsername,
    generatedPassword: input.adminPassword === undefined ? password : null,
  };
}
