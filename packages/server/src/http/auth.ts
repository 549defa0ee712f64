import { timingSafeEqual } from 'node:crypto';
import { domainError } from '@liuhen/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps';
import { type AuthenticatedSession, authenticate } from '../modules/auth/auth.usecases';
import { authenticateStation, type StationPrincipal } from '../modules/av/stations.usecases';
import type { RequestContext, SessionActor } from '../uow';

export const sessionCookie = 'liuhen_session';

// Module augmentation needs interfaces: a type alias cannot merge with Fastify's declarations.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a session (health, login, API docs). */
    public?: boolean;
    /** Reachable while the user still has to change a bootstrap or reset password. */
    allowPendingPasswordChange?: boolean;
    /** Also reachable by an ingest station's `Authorization: Bearer` token (uploads only). */
    stationAllowed?: boolean;
  }
  interface FastifyRequest {
    auth: AuthenticatedSession | null;
    station: StationPrincipal | null;
  }
}
/* eslint-enable @typescript-eslint/consistent-type-definitions */

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Without a session there is no token to compare; a cross-site form post still carries a foreign Origin. */
function assertSameOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw domainError('auth.csrf_failed');
  }
  if (host !== request.headers.host) throw domainError('auth.csrf_failed');
}

/**
 * Every /api request passes here before its body is read: session cookie → actor, CSRF token on unsafe methods,
 * and the forced password change. Routes then only call `requireActor`.
 */
export function registerAuthentication(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('station', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    // The interactive API documentation (Swagger UI) describes the API; it grants nothing.
    if (request.url === '/api/docs' || request.url.startsWith('/api/docs/')) return;
    const config = request.routeOptions.config;
    const unsafe = !safeMethods.has(request.method);
    if (config.public) {
      if (unsafe) assertSameOrigin(request);
      return;
    }
    const authorization = request.headers.authorization;
    if (config.stationAllowed && authorization?.startsWith('Bearer ')) {
      request.station = await authenticateStation(deps, authorization.slice('Bearer '.length).trim());
      return;
    }
    const token = request.cookies[sessionCookie];
    if (!token) throw domainError('auth.required');
    const session = await authenticate(deps, token);
    if (unsafe) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) throw domainError('auth.csrf_failed');
    }
    if (session.mustChangePassword && !config.allowPendingPasswordChange) {
      throw domainError('auth.password_change_required');
    }
    request.auth = session;
  });
}

export function requireActor(request: FastifyRequest): SessionActor {
  if (!request.auth) throw domainError('auth.required');
  return request.auth.actor;
}

export function contextOf(request: FastifyRequest): RequestContext & { actor: SessionActor } {
  const actor = requireActor(request);
  return { actor, agencyId: actor.agencyId, requestId: request.id };
}

export function setSessionCookie(reply: FastifyReply, deps: Deps, input: { token: string; expiresAt: string }): void {
  reply.setCookie(sessionCookie, input.token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.config.secureCookies,
    path: '/',
    expires: new Date(input.expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, deps: Deps): void {
  reply.clearCookie(sessionCookie, {
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.config.secureCookies,
    path: '/',
  });
}
