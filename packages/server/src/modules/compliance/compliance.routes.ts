import { caseChecklistBody, complianceListBody, complianceListQuery, idParam, reevaluateBody } from '@liuhen/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/auth';
import { getCaseChecklist, listFindings, reevaluateAgency } from './compliance.usecases';

export function complianceRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['合规 Compliance (issue 6)'];
    app.get(
      '/api/cases/:id/compliance',
      {
        schema: {
          tags,
          summary: '案件合规清单 A case’s compliance checklist',
          params: idParam,
          response: { 200: caseChecklistBody },
        },
      },
      (r) => getCaseChecklist(deps, requireActor(r), r.params.id),
    );
    app.get(
      '/api/compliance',
      {
        schema: {
          tags,
          summary: '合规问题列表 Compliance findings of the agency',
          querystring: complianceListQuery,
          response: { 200: complianceListBody },
        },
      },
      (r) => listFindings(deps, requireActor(r), r.query),
    );
    app.post(
      '/api/compliance/reevaluate',
      {
        schema: {
          tags,
          summary: '重新评估全部案件 Re-evaluate every case of the agency',
          response: { 200: reevaluateBody },
        },
      },
      (r) => reevaluateAgency(deps, requireActor(r)),
    );
  };
}
