import {
  certificateBody,
  certificateListBody,
  createCertificateBody,
  idParam,
  updateCertificateBody,
} from '@liuhen/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { contextOf, requireActor } from '../../http/auth';
import { listCertificates, registerCertificate, updateCertificate } from './certificates.usecases';

const tags = ['执法证 Certificates (ROLE-01)'];

export function certificateRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/users/:id/certificates',
      {
        schema: {
          tags,
          summary: '执法证列表 List certificates',
          params: idParam,
          response: { 200: certificateListBody },
        },
      },
      async (r) => ({ items: await listCertificates(deps, requireActor(r), r.params.id) }),
    );
    app.post(
      '/api/users/:id/certificates',
      {
        schema: {
          tags,
          summary: '登记执法证 Register certificate',
          params: idParam,
          body: createCertificateBody,
          response: { 200: certificateBody },
        },
      },
      (r) => registerCertificate(deps, contextOf(r), { userId: r.params.id, body: r.body }),
    );
    app.patch(
      '/api/certificates/:id',
      {
        schema: {
          tags,
          summary: '修改执法证 Update certificate',
          params: idParam,
          body: updateCertificateBody,
          response: { 200: certificateBody },
        },
      },
      (r) => updateCertificate(deps, contextOf(r), { certificateId: r.params.id, changes: r.body }),
    );
  };
}
