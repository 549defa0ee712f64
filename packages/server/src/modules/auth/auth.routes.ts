import { changePasswordBody, errorBody, loginBody, okBody, sessionBody } from '@liuhen/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { clearSessionCookie, contextOf, setSessionCookie } from '../../http/auth';
import { changeOwnPassword, describeSession, login, logout } from './auth.usecases';

const tags = ['认证 Auth'];

export function authRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { public: true },
        schema: { tags, summary: '登录 Log in', body: loginBody, response: { 200: sessionBody, 401: errorBody } },
      },
      async (request, reply) => {
        const result = await login(deps, { ...request.body, requestId: request.id });
        setSessionCookie(reply, deps, { token: result.token, expiresAt: result.session.expiresAt });
        return result.session;
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { allowPendingPasswordChange: true },
        schema: { tags, summary: '退出 Log out', response: { 200: okBody } },
      },
      async (request, reply) => {
        await logout(deps, contextOf(request), request.auth!.tokenHash);
        clearSessionCookie(reply, deps);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/auth/session',
      {
        config: { allowPendingPasswordChange: true },
        schema: { tags, summary: '当前会话 Current session', response: { 200: sessionBody, 401: errorBody } },
      },
      async (request) => describeSession(deps, request.auth!),
    );

    app.post(
      '/api/auth/password',
      {
        config: { allowPendingPasswordChange: true },
        schema: {
          tags,
          summary: '修改密码 Change own password',
          body: changePasswordBody,
          response: { 200: sessionBody },
        },
      },
      async (request, reply) => {
        const result = await changeOwnPassword(deps, contextOf(request), request.body);
        setSessionCookie(reply, deps, { token: result.token, expiresAt: result.session.expiresAt });
        return result.session;
      },
    );
  };
}
