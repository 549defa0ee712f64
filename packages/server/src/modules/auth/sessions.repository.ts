import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { SessionTable } from '../../adapters/db/schema';
import type { Db, Tx } from '../../uow';

export type SessionRow = Selectable<SessionTable>;

/** Sessions are stored by the SHA-256 of their token: the cookie value itself is never stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function insertSession(
  tx: Tx,
  session: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  const at = tx.now.toISOString();
  await tx.db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: at,
      last_seen_at: at,
      expires_at: session.expiresAt.toISOString(),
      revoked_at: null,
    })
    .execute();
}

export async function findSession(db: Db, tokenHash: string): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function touchSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.db
    .updateTable('sessions')
    .set({ last_seen_at: tx.now.toISOString() })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function revokeSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.db
    .updateTable('sessions')
    .set({ revoked_at: tx.now.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Ends every live session of a user (disabled, password reset or changed). */
export async function revokeSessionsOf(tx: Tx, userId: string, exceptTokenHash?: string): Promise<void> {
  let query = tx.db
    .updateTable('sessions')
    .set({ revoked_at: tx.now.toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (exceptTokenHash) query = query.where('token_hash', '!=', exceptTokenHash);
  await query.execute();
}
