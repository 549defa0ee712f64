import {
  activityAvExceptionBody,
  activityAvGapNoteBody,
  activityBody,
  approvalBody,
  approvalDecisionBody,
  approvalListBody,
  approvalListQuery,
  caseDetailBody,
  caseListBody,
  caseListQuery,
  createActivityBody,
  createCaseBody,
  createDocumentBody,
  createMaterialBody,
  materialBody,
  updateMaterialBody,
  documentBody,
  documentVersionBody,
  documentVersionParams,
  idParam,
  majorComplexBody,
  officerOptionListBody,
  proposeApprovalBody,
  reviseDocumentBody,
  transitionBody,
  workbenchBody,
} from '@liuhen/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { contextOf, requireActor } from '../../http/auth';
import { recordActivity, recordActivityAvException, recordActivityAvGapNote } from './activities.usecases';
import { decideApproval, listApprovals, proposeApproval } from './approvals.usecases';
import { registerMaterial, updateMaterial } from './materials.usecases';
import {
  createCase,
  getCase,
  getWorkbench,
  listCases,
  listOfficers,
  setMajorComplex,
  transitionCase,
} from './cases.usecases';
import {
  attachScan,
  createDocument,
  getDocument,
  getDocumentVersion,
  openScan,
  reviseDocument,
  scanMediaTypes,
} from './documents.usecases';

/** Scans of signed paper originals are at most this large (a multi-page PDF at 300 dpi fits easily). */
const scanLimitBytes = 50 * 1024 * 1024;

export function caseRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    // Only this plugin accepts file bodies, and only for the scan route (the others validate a JSON object).
    app.addContentTypeParser(
      Object.keys(scanMediaTypes),
      { parseAs: 'buffer', bodyLimit: scanLimitBytes },
      (_request, body, done) => done(null, body),
    );

    const cases = ['案件 Cases (GEN-03, INIT)'];
    app.get(
      '/api/cases',
      {
        schema: {
          tags: cases,
          summary: '案件列表 List cases',
          querystring: caseListQuery,
          response: { 200: caseListBody },
        },
      },
      (r) => listCases(deps, requireActor(r), r.query),
    );
    app.post(
      '/api/cases',
      {
        schema: {
          tags: cases,
          summary: '新建案件（程序启动） Open a case',
          body: createCaseBody,
          response: { 201: caseDetailBody },
        },
      },
      async (r, reply) => reply.status(201).send(await createCase(deps, contextOf(r), r.body)),
    );
    app.get(
      '/api/cases/:id',
      { schema: { tags: cases, summary: '案件详情 Case page', params: idParam, response: { 200: caseDetailBody } } },
      (r) => getCase(deps, requireActor(r), r.params.id),
    );
    app.post(
      '/api/cases/:id/transitions',
      {
        schema: {
          tags: cases,
          summary: '推进案件阶段 Move the case to its next stage',
          params: idParam,
          body: transitionBody,
          response: { 200: caseDetailBody },
        },
      },
      (r) => transitionCase(deps, contextOf(r), { caseId: r.params.id, body: r.body }),
    );
    app.put(
      '/api/cases/:id/major-complex',
      {
        schema: {
          tags: cases,
          summary: '认定或取消重大、复杂案件 Flag or clear a major/complex case (DEC-04)',
          params: idParam,
          body: majorComplexBody,
          response: { 200: caseDetailBody },
        },
      },
      (r) => setMajorComplex(deps, contextOf(r), { caseId: r.params.id, body: r.body }),
    );
    app.post(
      '/api/cases/:id/activities',
      {
        schema: {
          tags: cases,
          summary: '记录执法活动 Record an activity',
          params: idParam,
          body: createActivityBody,
          response: { 201: activityBody },
        },
      },
      async (r, reply) =>
        reply.status(201).send(await recordActivity(deps, contextOf(r), { caseId: r.params.id, body: r.body })),
    );
    app.put(
      '/api/cases/:id/activities/:activityId/av-gap-notes',
      {
        schema: {
          tags: cases,
          summary: '说明音像记录中断原因 Record the reason for a break in the A/V (AV-03)',
          params: z.object({ id: z.string().min(1).max(64), activityId: z.string().min(1).max(64) }),
          body: activityAvGapNoteBody,
          response: { 200: activityBody },
        },
      },
      (r) =>
        recordActivityAvGapNote(deps, contextOf(r), {
          caseId: r.params.id,
          activityId: r.params.activityId,
          body: r.body,
        }),
    );
    app.put(
      '/api/cases/:id/activities/:activityId/av-exception',
      {
        schema: {
          tags: cases,
          summary: '记录音像记录例外（不适宜音像记录 / 受客观条件限制）Record an A/V exception (AV-02, AV-10)',
          params: z.object({ id: z.string().min(1).max(64), activityId: z.string().min(1).max(64) }),
          body: activityAvExceptionBody,
          response: { 200: activityBody },
        },
      },
      (r) =>
        recordActivityAvException(deps, contextOf(r), {
          caseId: r.params.id,
          activityId: r.params.activityId,
          body: r.body,
        }),
    );
    app.get(
      '/api/officers',
      {
        schema: {
          tags: cases,
          summary: '可选执法人员 Officers to choose from',
          response: { 200: officerOptionListBody },
        },
      },
      (r) => listOfficers(deps, requireActor(r)),
    );
    app.get(
      '/api/workbench',
      { schema: { tags: cases, summary: '工作台 Workbench', response: { 200: workbenchBody } } },
      (r) => getWorkbench(deps, requireActor(r)),
    );

    const documents = ['执法文书 Documents (DOC, SYS-03)'];
    app.post(
      '/api/cases/:id/documents',
      {
        schema: {
          tags: documents,
          summary: '制作文书 Make a document',
          params: idParam,
          body: createDocumentBody,
          response: { 201: documentBody },
        },
      },
      async (r, reply) =>
        reply.status(201).send(await createDocument(deps, contextOf(r), { caseId: r.params.id, body: r.body })),
    );
    app.get(
      '/api/documents/:id',
      { schema: { tags: documents, summary: '文书 Document', params: idParam, response: { 200: documentBody } } },
      (r) => getDocument(deps, requireActor(r), r.params.id),
    );
    app.put(
      '/api/documents/:id',
      {
        schema: {
          tags: documents,
          summary: '修改或更正文书（新版本） Revise a document (new version)',
          params: idParam,
          body: reviseDocumentBody,
          response: { 200: documentBody },
        },
      },
      (r) => reviseDocument(deps, contextOf(r), { documentId: r.params.id, body: r.body }),
    );
    app.get(
      '/api/documents/:id/versions/:version',
      {
        schema: {
          tags: documents,
          summary: '文书历史版本 An earlier version',
          params: documentVersionParams,
          response: { 200: documentVersionBody },
        },
      },
      (r) => getDocumentVersion(deps, requireActor(r), { documentId: r.params.id, version: r.params.version }),
    );
    app.post(
      '/api/documents/:id/scans',
      {
        schema: {
          tags: documents,
          summary: '上传纸质原件扫描件 Attach a scan (PDF/JPEG/PNG body)',
          params: idParam,
          headers: z.object({ 'x-file-name': z.string().min(1).max(400).optional() }).loose(),
          response: { 200: documentBody },
        },
        bodyLimit: scanLimitBytes,
      },
      (r) => {
        const mediaType = (r.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const rawName = r.headers['x-file-name'];
        let fileName = 'scan';
        if (typeof rawName === 'string') {
          try {
            fileName = decodeURIComponent(rawName);
          } catch {
            fileName = rawName;
          }
        }
        return attachScan(deps, contextOf(r), {
          documentId: r.params.id,
          mediaType,
          fileName,
          body: Buffer.isBuffer(r.body) ? r.body : Buffer.alloc(0),
        });
      },
    );
    app.get(
      '/api/documents/:id/scans/:hash',
      {
        schema: {
          tags: documents,
          summary: '下载扫描件 Download a scan',
          params: z.object({ id: z.string().min(1).max(64), hash: z.string().min(1).max(80) }).strict(),
        },
      },
      async (r, reply) => {
        const scan = await openScan(deps, requireActor(r), { documentId: r.params.id, hash: r.params.hash });
        return reply
          .type(scan.mediaType)
          .header('content-length', scan.size)
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(scan.fileName)}`)
          .send(scan.stream);
      },
    );

    const materials = ['材料登记 Register of materials (DOC-02)'];
    app.post(
      '/api/cases/:id/materials',
      {
        schema: {
          tags: materials,
          summary: '登记当事人证件、资料或复印件 Register a material',
          params: idParam,
          body: createMaterialBody,
          response: { 201: materialBody },
        },
      },
      async (r, reply) =>
        reply.status(201).send(await registerMaterial(deps, contextOf(r), { caseId: r.params.id, body: r.body })),
    );
    app.patch(
      '/api/materials/:id',
      {
        schema: {
          tags: materials,
          summary: '修改材料标记 Change the marks',
          params: idParam,
          body: updateMaterialBody,
          response: { 200: materialBody },
        },
      },
      (r) => updateMaterial(deps, contextOf(r), { materialId: r.params.id, body: r.body }),
    );

    const approvals = ['内部审批 Approvals (APPR-01)'];
    app.post(
      '/api/cases/:id/approvals',
      {
        schema: {
          tags: approvals,
          summary: '提请审批（承办人意见） Propose an approval',
          params: idParam,
          body: proposeApprovalBody,
          response: { 201: approvalBody },
        },
      },
      async (r, reply) =>
        reply.status(201).send(await proposeApproval(deps, contextOf(r), { caseId: r.params.id, body: r.body })),
    );
    app.get(
      '/api/approvals',
      {
        schema: {
          tags: approvals,
          summary: '审批列表 Approvals (of a case, or waiting for me)',
          querystring: approvalListQuery,
          response: { 200: approvalListBody },
        },
      },
      (r) => listApprovals(deps, requireActor(r), r.query),
    );
    for (const step of ['review', 'approve'] as const) {
      app.post(
        `/api/approvals/:id/${step}`,
        {
          schema: {
            tags: approvals,
            summary: step === 'review' ? '审核 Review' : '批准 Approve or reject',
            params: idParam,
            body: approvalDecisionBody,
            response: { 200: approvalBody },
          },
        },
        (r) => decideApproval(deps, contextOf(r), { approvalId: r.params.id, step, body: r.body }),
      );
    }
  };
}
