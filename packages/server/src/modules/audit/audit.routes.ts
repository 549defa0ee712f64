import { auditListBody, auditListQuery } from '@liuhen/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/auth';
import { listAuditEntries } from './audit.usecases';

export function auditRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit-entries',
      {
        schema: {
          tags: ['审计日志 Audit trail'],
          summary: '审计日志 List trail entries',
          querystring: auditListQuery,
          response: { 200: auditListBody },
        },
      },
      (r) => listAuditEntries(deps, requireActor(r), r.query),
    );
  };
}
