import {
  agencyBody,
  createdUserBody,
  createUnitBody,
  createUserBody,
  idParam,
  okBody,
  resetPasswordBody,
  resetPasswordResult,
  unitBody,
  unitListBody,
  updateAgencyBody,
  updateUnitBody,
  updateUserBody,
  userBody,
  userListBody,
  userListQuery,
} from '@liuhen/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { contextOf, requireActor } from '../../http/auth';
import { getAgency, updateAgency } from './agency.usecases';
import { createUnit, deleteUnit, listUnits, updateUnit } from './units.usecases';
import { createUser, getUser, listUsers, resetPassword, setUserStatus, updateUser } from './users.usecases';

export function organisationRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const agency = ['机关 Agency'];
    app.get(
      '/api/agency',
      { schema: { tags: agency, summary: '本机关 The agency', response: { 200: agencyBody } } },
      (r) => getAgency(deps, requireActor(r)),
    );
    app.patch(
      '/api/agency',
      {
        schema: {
          tags: agency,
          summary: '修改机关信息 Update agency',
          body: updateAgencyBody,
          response: { 200: agencyBody },
        },
      },
      (r) => updateAgency(deps, contextOf(r), r.body),
    );

    const units = ['单位 Units (GEN-07)'];
    app.get(
      '/api/units',
      { schema: { tags: units, summary: '单位列表 List units', response: { 200: unitListBody } } },
      async (r) => ({
        items: await listUnits(deps, requireActor(r)),
      }),
    );
    app.post(
      '/api/units',
      { schema: { tags: units, summary: '新建单位 Create unit', body: createUnitBody, response: { 200: unitBody } } },
      (r) => createUnit(deps, contextOf(r), r.body),
    );
    app.patch(
      '/api/units/:id',
      {
        schema: {
          tags: units,
          summary: '修改单位 Update unit',
          params: idParam,
          body: updateUnitBody,
          response: { 200: unitBody },
        },
      },
      (r) => updateUnit(deps, contextOf(r), { unitId: r.params.id, changes: r.body }),
    );
    app.delete(
      '/api/units/:id',
      { schema: { tags: units, summary: '撤销单位 Dissolve unit', params: idParam, response: { 200: okBody } } },
      async (r) => {
        await deleteUnit(deps, contextOf(r), r.params.id);
        return { ok: true as const };
      },
    );

    const users = ['用户 Users'];
    app.get(
      '/api/users',
      {
        schema: {
          tags: users,
          summary: '用户列表 List users',
          querystring: userListQuery,
          response: { 200: userListBody },
        },
      },
      async (r) => ({ items: await listUsers(deps, requireActor(r), r.query) }),
    );
    app.post(
      '/api/users',
      {
        schema: {
          tags: users,
          summary: '新建用户 Create user',
          body: createUserBody,
          response: { 200: createdUserBody },
        },
      },
      (r) => createUser(deps, contextOf(r), r.body),
    );
    app.get(
      '/api/users/:id',
      { schema: { tags: users, summary: '用户详情 Get user', params: idParam, response: { 200: userBody } } },
      (r) => getUser(deps, requireActor(r), r.params.id),
    );
    app.patch(
      '/api/users/:id',
      {
        schema: {
          tags: users,
          summary: '修改用户 Update user',
          params: idParam,
          body: updateUserBody,
          response: { 200: userBody },
        },
      },
      (r) => updateUser(deps, contextOf(r), { userId: r.params.id, changes: r.body }),
    );
    for (const [verb, status] of [
      ['disable', 'disabled'],
      ['enable', 'active'],
    ] as const) {
      app.post(
        `/api/users/:id/${verb}`,
        {
          schema: {
            tags: users,
            summary: verb === 'disable' ? '停用用户 Disable user' : '启用用户 Enable user',
            params: idParam,
            response: { 200: userBody },
          },
        },
        (r) => setUserStatus(deps, contextOf(r), { userId: r.params.id, status }),
      );
    }
    app.post(
      '/api/users/:id/reset-password',
      {
        schema: {
          tags: users,
          summary: '重置密码 Reset password',
          params: idParam,
          body: resetPasswordBody,
          response: { 200: resetPasswordResult },
        },
      },
      (r) => resetPassword(deps, contextOf(r), { userId: r.params.id, password: r.body?.password }),
    );
  };
}
