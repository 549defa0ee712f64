import type { CreateUserBody, UpdateUserBody, UserBody, UserListQuery } from '@liuhen/contracts';
import {
  certificationOf,
  checkPasswordPolicy,
  domainError,
  localDateOf,
  normaliseUsername,
  type Role,
  requireAuthorization,
  requiresUnit,
  widestScope,
} from '@liuhen/domain';
import { mapUniqueViolation } from '../../adapters/db/sql';
import type { Deps } from '../../deps';
import type { RequestContext, SessionActor, Tx } from '../../uow';
import { generatePassword } from '../auth/password-generator';
import { revokeSessionsOf } from '../auth/sessions.repository';
import { listCertificatesOf, toCertificate } from './certificates.repository';
import { findActiveUnit, lockActiveUnit } from './units.repository';
import {
  countActiveAdmins,
  findUserById,
  insertUser,
  listUserRows,
  type UserRow,
  updateUserRow,
} from './users.repository';

type Ctx = RequestContext & { actor: SessionActor };

/** Presents users with their certification status today (ROLE-01), loading certificates in one query. */
export async function presentUsers(deps: Deps, rows: UserRow[]): Promise<UserBody[]> {
  const now = deps.clock.now();
  const today = localDateOf(now);
  const officers = rows.filter((row) => (JSON.parse(row.roles) as Role[]).includes('officer'));
  const certificates = await listCertificatesOf(
    deps.database.db,
    officers.map((row) => row.id),
  );
  return rows.map((row) => {
    const roles = JSON.parse(row.roles) as Role[];
    let certification: UserBody['certification'] = null;
    if (roles.includes('officer')) {
      const held = certificates.filter((c) => c.user_id === row.id).map(toCertificate);
      const result = certificationOf(held, today);
      certification = result.certified
        ? { certified: true, reason: null, certificateNumber: result.certificate.number }
        : { certified: false, reason: result.reason, certificateNumber: null };
    }
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      roles,
      unitId: row.unit_id,
      unitName: row.unit_name,
      status: row.status as UserBody['status'],
      mustChangePassword: row.must_change_password === 1,
      lockedUntil: row.locked_until && new Date(row.locked_until) > now ? row.locked_until : null,
      certification,
      createdAt: row.created_at,
    };
  });
}

async function presentUser(deps: Deps, row: UserRow): Promise<UserBody> {
  const [user] = await presentUsers(deps, [row]);
  return user!;
}

/** Loads a user of the actor's agency; hides users of other agencies as not found. */
export async function loadUser(deps: Deps, actor: SessionActor, userId: string): Promise<UserRow> {
  const row = await findUserById(deps.database.db, { agencyId: actor.agencyId, userId });
  if (!row) throw domainError('user.not_found');
  return row;
}

/** Lists users in the actor's scope: the agency, their unit, or only themself. */
export async function listUsers(deps: Deps, actor: SessionActor, query: UserListQuery): Promise<UserBody[]> {
  const scope = widestScope(actor, 'user.list');
  if (scope === null) throw domainError('auth.forbidden', { action: 'user.list' });
  const rows = await listUserRows(deps.database.db, {
    agencyId: actor.agencyId,
    unitId: scope === 'unit' ? (actor.unitId ?? '') : query.unitId,
    onlyUserId: scope === 'self' ? actor.userId : undefined,
    status: query.status,
    q: query.q,
  });
  const filtered = query.role ? rows.filter((r) => (JSON.parse(r.roles) as Role[]).includes(query.role!)) : rows;
  const inUnit = scope === 'unit' && query.unitId ? filtered.filter((r) => r.unit_id === query.unitId) : filtered;
  return presentUsers(deps, inUnit);
}

export async function getUser(deps: Deps, actor: SessionActor, userId: string): Promise<UserBody> {
  const row = await loadUser(deps, actor, userId);
  requireAuthorization(actor, 'user.read', { agencyId: row.agency_id, unitId: row.unit_id, userId: row.id });
  return presentUser(deps, row);
}

/** Re-checks, with the unit locked, that it was not dissolved since the request was validated. */
async function assertUnitStillActive(tx: Tx, agencyId: string, unitId: string | null): Promise<void> {
  if (unitId !== null && !(await lockActiveUnit(tx, { agencyId, unitId }))) throw domainError('unit.not_found');
}

async function checkRolesAndUnit(deps: Deps, actor: SessionActor, roles: Role[], unitId: string | null) {
  if (roles.length === 0) throw domainError('user.roles_required');
  if (unitId !== null && !(await findActiveUnit(deps.database.db, { agencyId: actor.agencyId, unitId }))) {
    throw domainError('unit.not_found');
  }
  if (unitId === null && requiresUnit(roles)) throw domainError('user.unit_required');
}

/** Creates a user who must change the (given or generated) password at first login. */
export async function createUser(deps: Deps, ctx: Ctx, input: CreateUserBody) {
  requireAuthorization(ctx.actor, 'user.create', { agencyId: ctx.agencyId, unitId: input.unitId ?? null });
  const username = normaliseUsername(input.username);
  const roles = [...new Set(input.roles)];
  const unitId = input.unitId ?? null;
  await checkRolesAndUnit(deps, ctx.actor, roles, unitId);
  const initialPassword = input.password ?? generatePassword();
  checkPasswordPolicy({ password: initialPassword, username });
  const passwordHash = await deps.passwords.hash(initialPassword);
  const id = deps.ids.newId();
  await mapUniqueViolation(
    () =>
      deps.uow.run(ctx, async (tx) => {
        await assertUnitStillActive(tx, ctx.agencyId, unitId);
        const user = { id, agencyId: ctx.agencyId, unitId, username, displayName: input.displayName, roles };
        await insertUser(tx, { ...user, passwordHash });
        const summary = { username, displayName: input.displayName, roles, unitId };
        await tx.ledger.append({ action: 'user.created', subject: { type: 'user', id }, summary });
      }),
    () => domainError('user.username_taken', { username }),
  );
  const user = await presentUser(deps, await loadUser(deps, ctx.actor, id));
  return { user, initialPassword: input.password === undefined ? initialPassword : null };
}

async function assertKeepsAnAdmin(deps: Deps, row: UserRow, nextRoles: Role[], nextStatus: string) {
  const isAdminNow = row.status === 'active' && (JSON.parse(row.roles) as Role[]).includes('admin');
  const staysAdmin = nextStatus === 'active' && nextRoles.includes('admin');
  if (isAdminNow && !staysAdmin && (await countActiveAdmins(deps.database.db, row.agency_id)) <= 1) {
    throw domainError('user.last_admin');
  }
}

export async function updateUser(deps: Deps, ctx: Ctx, input: { userId: string; changes: UpdateUserBody }) {
  const row = await loadUser(deps, ctx.actor, input.userId);
  requireAuthorization(ctx.actor, 'user.update', { agencyId: row.agency_id, unitId: row.unit_id, userId: row.id });
  const before = { displayName: row.display_name, roles: JSON.parse(row.roles) as Role[], unitId: row.unit_id };
  const after = {
    displayName: input.changes.displayName ?? before.displayName,
    roles: input.changes.roles ? [...new Set(input.changes.roles)] : before.roles,
    unitId: input.changes.unitId === undefined ? before.unitId : input.changes.unitId,
  };
  await checkRolesAndUnit(deps, ctx.actor, after.roles, after.unitId);
  await assertKeepsAnAdmin(deps, row, after.roles, row.status);
  await deps.uow.run(ctx, async (tx) => {
    if (after.unitId !== before.unitId) await assertUnitStillActive(tx, ctx.agencyId, after.unitId);
    await updateUserRow(tx, row.id, {
      display_name: after.displayName,
      roles: JSON.stringify(after.roles),
      unit_id: after.unitId,
    });
    await tx.ledger.append({
      action: 'user.updated',
      subject: { type: 'user', id: row.id },
      summary: { before, after },
    });
  });
  return presentUser(deps, await loadUser(deps, ctx.actor, row.id));
}

/** Disables or enables an account. Disabling ends every session of the user at once. */
export async function setUserStatus(deps: Deps, ctx: Ctx, input: { userId: string; status: 'active' | 'disabled' }) {
  const row = await loadUser(deps, ctx.actor, input.userId);
  const action = input.status === 'disabled' ? 'user.disable' : 'user.enable';
  requireAuthorization(ctx.actor, action, { agencyId: row.agency_id, unitId: row.unit_id, userId: row.id });
  if (input.status === 'disabled' && row.id === ctx.actor.userId) throw domainError('user.cannot_disable_self');
  await assertKeepsAnAdmin(deps, row, JSON.parse(row.roles) as Role[], input.status);
  if (row.status !== input.status) {
    await deps.uow.run(ctx, async (tx) => {
      await updateUserRow(tx, row.id, { status: input.status, failed_login_count: 0, locked_until: null });
      if (input.status === 'disabled') await revokeSessionsOf(tx, row.id);
      await tx.ledger.append({
        action: input.status === 'disabled' ? 'user.disabled' : 'user.enabled',
        subject: { type: 'user', id: row.id },
        summary: { username: row.username },
      });
    });
  }
  return presentUser(deps, await loadUser(deps, ctx.actor, row.id));
}

/** Sets a temporary password (given or generated), unlocks, ends sessions; the user must change it at next login. */
export async function resetPassword(deps: Deps, ctx: Ctx, input: { userId: string; password?: string | undefined }) {
  const row = await loadUser(deps, ctx.actor, input.userId);
  requireAuthorization(ctx.actor, 'user.resetPassword', {
    agencyId: row.agency_id,
    unitId: row.unit_id,
    userId: row.id,
  });
  const temporaryPassword = input.password ?? generatePassword();
  checkPasswordPolicy({ password: temporaryPassword, username: row.username });
  const passwordHash = await deps.passwords.hash(temporaryPassword);
  await deps.uow.run(ctx, async (tx) => {
    await updateUserRow(tx, row.id, {
      password_hash: passwordHash,
      must_change_password: 1,
      failed_login_count: 0,
      locked_until: null,
      password_changed_at: tx.now.toISOString(),
    });
    await revokeSessionsOf(tx, row.id);
    await tx.ledger.append({
      action: 'user.password_reset',
      subject: { type: 'user', id: row.id },
      summary: { username: row.username },
    });
  });
  return { temporaryPassword };
}
