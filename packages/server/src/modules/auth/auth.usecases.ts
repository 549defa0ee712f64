import { randomBytes } from 'node:crypto';
import type { SessionBody } from '@liuhen/contracts';
import {
  abilitiesOf,
  checkPasswordPolicy,
  type DomainError,
  domainError,
  lockoutAfterFailure,
  type Role,
  requireAuthorization,
} from '@liuhen/domain';
import type { Deps } from '../../deps';
import type { RequestContext, SessionActor } from '../../uow';
import { findAgency } from '../organisation/agency.repository';
import { findUserByUsername, type UserRow, updateUserRow } from '../organisation/users.repository';
import {
  findSession,
  hashToken,
  insertSession,
  revokeSession,
  revokeSessionsOf,
  touchSession,
} from './sessions.repository';

export type AuthenticatedSession = {
  actor: SessionActor;
  tokenHash: string;
  csrfToken: string;
  expiresAt: Date;
  mustChangePassword: boolean;
};

// Verifying against a real hash when the user does not exist keeps the timing of both failures alike.
let dummyHash: Promise<string> | null = null;

function actorOf(user: UserRow): SessionActor {
  return {
    userId: user.id,
    username: user.username,
    agencyId: user.agency_id,
    unitId: user.unit_id,
    roles: JSON.parse(user.roles) as Role[],
  };
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A new session's secrets; the absolute expiry is fixed at login and never extended. */
function openSession(deps: Deps) {
  const expiresAt = new Date(deps.clock.now().getTime() + deps.config.sessionMaxHours * 3_600_000);
  return { token: newToken(), csrfToken: newToken(), expiresAt };
}

/**
 * Logs in. Failures are committed (counter, lock, trail entry) before the error is thrown, so a refused login
 * still leaves its trace; the error never says whether the username exists.
 */
export async function login(deps: Deps, input: { username: string; password: string; requestId: string | null }) {
  const username = input.username.trim().toLowerCase();
  const user = await findUserByUsername(deps.database.db, username);
  const now = deps.clock.now();
  if (!user) {
    dummyHash ??= deps.passwords.hash('liuhen-timing-equaliser-0');
    await deps.passwords.verify(await dummyHash, input.password);
    throw domainError('auth.invalid_credentials');
  }
  const ctx: RequestContext = { actor: null, agencyId: user.agency_id, requestId: input.requestId };
  const subject = { type: 'user', id: user.id };
  const refuse = async (reason: string, error: DomainError, changes = {}) => {
    await deps.uow.run(ctx, async (tx) => {
      if (Object.keys(changes).length > 0) await updateUserRow(tx, user.id, changes);
      await tx.ledger.append({ action: 'user.login_failed', subject, summary: { username, reason } });
      if (reason === 'locked_now') await tx.ledger.append({ action: 'user.locked', subject, summary: { username } });
    });
    throw error;
  };
  if (user.locked_until && new Date(user.locked_until) > now) {
    await refuse('locked', domainError('auth.account_locked', { until: user.locked_until }));
  }
  const passwordOk = await deps.passwords.verify(user.password_hash, input.password);
  if (!passwordOk) {
    const next = lockoutAfterFailure({
      failedCount: user.failed_login_count,
      now,
      maxFailures: deps.config.loginMaxFailures,
      lockMinutes: deps.config.loginLockMinutes,
    });
    const changes = { failed_login_count: next.failedCount, locked_until: next.lockedUntil?.toISOString() ?? null };
    if (next.lockedUntil) {
      await refuse(
        'locked_now',
        domainError('auth.account_locked', { until: next.lockedUntil.toISOString() }),
        changes,
      );
    }
    await refuse('wrong_password', domainError('auth.invalid_credentials'), changes);
  }
  if (user.status !== 'active') await refuse('disabled', domainError('auth.account_disabled'));

  const opened = openSession(deps);
  const actor = actorOf(user);
  await deps.uow.run({ ...ctx, actor }, async (tx) => {
    await updateUserRow(tx, user.id, { failed_login_count: 0, locked_until: null });
    await insertSession(tx, { tokenHash: hashToken(opened.token), userId: user.id, ...opened });
    await tx.ledger.append({ action: 'user.logged_in', subject, summary: { username } });
  });
  return {
    token: opened.token,
    session: await describeSession(deps, {
      actor,
      tokenHash: hashToken(opened.token),
      csrfToken: opened.csrfToken,
      expiresAt: opened.expiresAt,
      mustChangePassword: user.must_change_password === 1,
    }),
  };
}

/** Resolves a session cookie to its actor; refuses revoked, expired, idle or disabled sessions. */
export async function authenticate(deps: Deps, token: string): Promise<AuthenticatedSession> {
  const tokenHash = hashToken(token);
  const session = await findSession(deps.database.db, tokenHash);
  const now = deps.clock.now();
  if (!session || session.revoked_at) throw domainError('auth.session_expired');
  const idleLimit = new Date(session.last_seen_at).getTime() + deps.config.sessionIdleMinutes * 60_000;
  if (new Date(session.expires_at) <= now || idleLimit <= now.getTime()) throw domainError('auth.session_expired');
  const user = await findUserAnyAgency(deps, session.user_id);
  if (!user) throw domainError('auth.session_expired');
  if (user.status !== 'active') throw domainError('auth.account_disabled');
  const actor = actorOf(user);
  // Sliding idle timeout, written at most once a minute: bookkeeping, not an act, so no trail entry.
  if (now.getTime() - new Date(session.last_seen_at).getTime() > 60_000) {
    await deps.uow.run({ actor, agencyId: actor.agencyId, requestId: null }, (tx) => touchSession(tx, tokenHash));
  }
  return {
    actor,
    tokenHash,
    csrfToken: session.csrf_token,
    expiresAt: new Date(session.expires_at),
    mustChangePassword: user.must_change_password === 1,
  };
}

async function findUserAnyAgency(deps: Deps, userId: string) {
  return deps.database.db
    .selectFrom('users')
    .leftJoin('units', 'units.id', 'users.unit_id')
    .selectAll('users')
    .select('units.name as unit_name')
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

/** The session as the web UI sees it: user, agency, CSRF token and abilities. */
export async function describeSession(deps: Deps, session: AuthenticatedSession): Promise<SessionBody> {
  const user = await findUserAnyAgency(deps, session.actor.userId);
  const agency = await findAgency(deps.database.db, session.actor.agencyId);
  if (!user || !agency) throw domainError('auth.session_expired');
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      roles: JSON.parse(user.roles) as Role[],
      unitId: user.unit_id,
      mustChangePassword: user.must_change_password === 1,
    },
    agency: { id: agency.id, name: agency.name },
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt.toISOString(),
    abilities: abilitiesOf(session.actor),
  };
}

export async function logout(deps: Deps, ctx: RequestContext & { actor: SessionActor }, tokenHash: string) {
  await deps.uow.run(ctx, async (tx) => {
    await revokeSession(tx, tokenHash);
    await tx.ledger.append({
      action: 'user.logged_out',
      subject: { type: 'user', id: ctx.actor.userId },
      summary: { username: ctx.actor.username },
    });
  });
}

/**
 * Changes the actor's own password. Every session of the user ends, including this one, which is replaced by a
 * fresh session (new token and CSRF token) so a stolen old cookie dies with the old password.
 */
export async function changeOwnPassword(
  deps: Deps,
  ctx: RequestContext & { actor: SessionActor },
  input: { currentPassword: string; newPassword: string },
) {
  requireAuthorization(ctx.actor, 'user.changeOwnPassword', { agencyId: ctx.agencyId, userId: ctx.actor.userId });
  const user = await findUserAnyAgency(deps, ctx.actor.userId);
  if (!user) throw domainError('user.not_found');
  if (!(await deps.passwords.verify(user.password_hash, input.currentPassword))) {
    throw domainError('auth.wrong_current_password');
  }
  checkPasswordPolicy({ password: input.newPassword, username: user.username, currentPassword: input.currentPassword });
  const passwordHash = await deps.passwords.hash(input.newPassword);
  const opened = openSession(deps);
  await deps.uow.run(ctx, async (tx) => {
    await updateUserRow(tx, user.id, {
      password_hash: passwordHash,
      must_change_password: 0,
      password_changed_at: tx.now.toISOString(),
    });
    await revokeSessionsOf(tx, user.id);
    await insertSession(tx, { tokenHash: hashToken(opened.token), userId: user.id, ...opened });
    await tx.ledger.append({
      action: 'user.password_changed',
      subject: { type: 'user', id: user.id },
      summary: { username: user.username },
    });
  });
  const session = await describeSession(deps, {
    actor: ctx.actor,
    tokenHash: hashToken(opened.token),
    csrfToken: opened.csrfToken,
    expiresAt: opened.expiresAt,
    mustChangePassword: false,
  });
  return { token: opened.token, session };
}
