import { domainError, isRole, type Role, roleDefinitions, roles } from '@liuhen/domain';
import {
  createUser,
  findUserByUsername,
  type Liuhen,
  listUnits,
  listUsers,
  resetPassword,
  setUserStatus,
} from '@liuhen/server';
import { type OperatorContext, operatorContext, withLiuhen } from '../context';
import type { Io } from '../io';

/** Accepts a role by code (`officer`) or by its Chinese name (`执法人员`). */
export function parseRole(value: string): Role {
  if (isRole(value)) return value;
  const byLabel = roles.find(
    (role) => roleDefinitions[role].zh === value || roleDefinitions[role].zh.startsWith(value),
  );
  if (!byLabel) throw domainError('user.role_unknown', { role: `${value} (${roles.join(', ')})` });
  return byLabel;
}

export async function userAddCommand(
  io: Io,
  username: string,
  options: { name: string; role: string[]; unit?: string; password?: string },
): Promise<void> {
  await withLiuhen(async (liuhen) => {
    const ctx = await operatorContext(liuhen);
    let unitId: string | null = null;
    if (options.unit) {
      const units = await listUnits(liuhen.deps, ctx.actor);
      const unit = units.find((u) => u.id === options.unit || u.name === options.unit);
      if (!unit) throw domainError('unit.not_found');
      unitId = unit.id;
    }
    const result = await createUser(liuhen.deps, ctx, {
      username,
      displayName: options.name,
      roles: options.role.map(parseRole),
      unitId,
      ...(options.password ? { password: options.password } : {}),
    });
    io.out(`已创建用户 Created user: ${result.user.username} (${result.user.displayName})`);
    if (result.initialPassword) {
      io.out(`初始密码 Initial password: ${result.initialPassword}`);
      io.out('（只显示这一次，首次登录后必须修改 / shown once; must be changed at first login）');
    }
  });
}

export async function userListCommand(io: Io, options: { json?: boolean }): Promise<void> {
  await withLiuhen(async (liuhen) => {
    const ctx = await operatorContext(liuhen);
    const users = await listUsers(liuhen.deps, ctx.actor, {});
    if (options.json) {
      io.out(JSON.stringify(users, null, 2));
      return;
    }
    io.out(['用户名 username', '姓名 name', '角色 roles', '单位 unit', '状态 status', '执法证 certificate'].join('\t'));
    for (const user of users) {
      const certification = user.certification
        ? user.certification.certified
          ? `持证 ${user.certification.certificateNumber}`
          : `未持有效证 (${user.certification.reason})`
        : '-';
      const roleNames = user.roles.map((r) => roleDefinitions[r].zh).join(',');
      io.out([user.username, user.displayName, roleNames, user.unitName ?? '-', user.status, certification].join('\t'));
    }
  });
}

type UserWork = (input: { liuhen: Liuhen; ctx: OperatorContext; userId: string }) => Promise<void>;

/** Opens Liuhen and resolves a username of the operator's agency, or fails with `user.not_found`. */
async function withUser(username: string, work: UserWork): Promise<void> {
  await withLiuhen(async (liuhen) => {
    const ctx = await operatorContext(liuhen);
    const user = await findUserByUsername(liuhen.database.db, username.trim().toLowerCase());
    if (!user || user.agency_id !== ctx.agencyId) throw domainError('user.not_found');
    await work({ liuhen, ctx, userId: user.id });
  });
}

export async function userStatusCommand(io: Io, username: string, status: 'active' | 'disabled'): Promise<void> {
  await withUser(username, async ({ liuhen, ctx, userId }) => {
    await setUserStatus(liuhen.deps, ctx, { userId, status });
    io.out(status === 'disabled' ? `已停用 Disabled: ${username}` : `已启用 Enabled: ${username}`);
  });
}

export async function userResetPasswordCommand(io: Io, username: string, options: { password?: string }) {
  await withUser(username, async ({ liuhen, ctx, userId }) => {
    const result = await resetPassword(liuhen.deps, ctx, { userId, password: options.password });
    io.out(`已重置密码 Password reset: ${username}`);
    if (!options.password) io.out(`临时密码 Temporary password: ${result.temporaryPassword}`);
    io.out('（登录后必须修改 / must be changed at next login；已解除锁定 account unlocked）');
  });
}
