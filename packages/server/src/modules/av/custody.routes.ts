import {
  avCustodyBody,
  avStatisticsBody,
  avStatisticsQuery,
  evidenceCopyBody,
  evidenceCopyListBody,
  handoverBody,
  handoverListBody,
  handoverListQuery,
  idParam,
  recordCustodyBody,
  recordEvidenceCopyBody,
  recordHandoverBody,
} from '@liuhen/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { contextOf, requireActor } from '../../http/auth';
import { getAvCustody, recordAvCustody } from './custody.usecases';
import { listCaseEvidenceCopies, listRecordEvidenceCopies, recordEvidenceCopy } from './evidence-copies.usecases';
import { listHandovers, recordHandover } from './handovers.usecases';
import { avStatistics } from './statistics.usecases';

/** Custody (AVS-02), monthly hand-over (AVS-07), evidence copies (AVS-04) and statistics (AVS-06). */
export function avCustodyRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['音像记录 A/V (AV, AVS)'];
    app.get(
      '/api/av/:id/custody',
      {
        schema: {
          tags,
          summary: '保管登记 Chain of custody (AVS-02)',
          params: idParam,
          response: { 200: avCustodyBody },
        },
      },
      (r) => getAvCustody(deps, requireActor(r), r.params.id),
    );
    app.post(
      '/api/av/:id/custody',
      {
        schema: {
          tags,
          summary: '移交保管 Hand custody over (AVS-02)',
          params: idParam,
          body: recordCustodyBody,
          response: { 200: avCustodyBody },
        },
      },
      (r) => recordAvCustody(deps, contextOf(r), { id: r.params.id, body: r.body }),
    );
    app.get(
      '/api/av/handovers',
      {
        schema: {
          tags,
          summary: '月度移交情况 Monthly hand-overs per officer (AVS-07)',
          querystring: handoverListQuery,
          response: { 200: handoverListBody },
        },
      },
      (r) => listHandovers(deps, requireActor(r), r.query.month),
    );
    app.post(
      '/api/av/handovers',
      {
        schema: {
          tags,
          summary: '登记月度移交 Record a monthly hand-over (AVS-07)',
          body: recordHandoverBody,
          response: { 201: handoverBody },
        },
      },
      async (r, reply) => reply.status(201).send(await recordHandover(deps, contextOf(r), r.body)),
    );
    app.get(
      '/api/av/:id/evidence-copies',
      {
        schema: {
          tags,
          summary: '转化存储媒介记录 Evidence copies (AVS-04)',
          params: idParam,
          response: { 200: evidenceCopyListBody },
        },
      },
      (r) => listRecordEvidenceCopies(deps, requireActor(r), r.params.id),
    );
    app.post(
      '/api/av/:id/evidence-copies',
      {
        schema: {
          tags,
          summary: '登记转化存储媒介及说明 Record an evidence copy (AVS-04)',
          params: idParam,
          body: recordEvidenceCopyBody,
          response: { 201: evidenceCopyBody },
        },
      },
      async (r, reply) =>
        reply.status(201).send(await recordEvidenceCopy(deps, contextOf(r), { id: r.params.id, body: r.body })),
    );
    app.get(
      '/api/cases/:id/evidence-copies',
      {
        schema: {
          tags,
          summary: '案件的音像证据转化记录 Evidence copies in a case file (AVS-04)',
          params: idParam,
          response: { 200: evidenceCopyListBody },
        },
      },
      (r) => listCaseEvidenceCopies(deps, requireActor(r), r.params.id),
    );
    app.get(
      '/api/av/statistics',
      {
        schema: {
          tags,
          summary: '音像记录统计 Statistics by device, officer or unit (AVS-06)',
          querystring: avStatisticsQuery,
          response: { 200: avStatisticsBody },
        },
      },
      (r) => avStatistics(deps, requireActor(r), r.query),
    );
  };
}
