import {
  checkpointBody,
  consistencyProofBody,
  consistencyQuery,
  errorBody,
  inclusionProofBody,
  inclusionQuery,
  ledgerEntriesBody,
  ledgerEntriesQuery,
  ledgerStatusBody,
  verificationReportBody,
} from '@liuhen/contracts';
import { domainError, requireAuthorization } from '@liuhen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { contextOf, requireActor } from '../../http/auth';
import type { SessionActor } from '../../uow';
import {
  describeLedger,
  proveConsistency,
  proveInclusion,
  readEntries,
  signCheckpointNow,
  verifyAndRecord,
} from './ledger.usecases';

const tags = ['账本 Ledger'];

function reader(actor: SessionActor): string {
  requireAuthorization(actor, 'ledger.read', { agencyId: actor.agencyId });
  return actor.agencyId;
}

export function ledgerRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/ledger',
      {
        schema: { tags, summary: '账本状态 Ledger status and latest checkpoint', response: { 200: ledgerStatusBody } },
      },
      (r) => describeLedger(deps, reader(requireActor(r))),
    );
    app.get(
      '/api/ledger/checkpoint',
      {
        schema: {
          tags,
          summary: '最新检查点（签名文本） Latest signed checkpoint as note text',
          response: { 200: z.string(), 404: errorBody },
        },
      },
      async (r, reply) => {
        const status = await describeLedger(deps, reader(requireActor(r)));
        if (!status.latestCheckpoint) throw domainError('ledger.no_checkpoint');
        reply.type('text/plain; charset=utf-8');
        return status.latestCheckpoint.note;
      },
    );
    app.post(
      '/api/ledger/checkpoints',
      {
        schema: {
          tags,
          summary: '立即签署检查点 Sign a checkpoint now',
          response: { 200: z.object({ checkpoint: checkpointBody.nullable() }) },
        },
      },
      async (r) => {
        const actor = requireActor(r);
        requireAuthorization(actor, 'ledger.checkpoint', { agencyId: actor.agencyId });
        return { checkpoint: await signCheckpointNow(deps, actor.agencyId) };
      },
    );
    app.post(
      '/api/ledger/verify',
      {
        schema: {
          tags,
          summary: '验证账本与文件 Verify the whole log and stored files (recorded as ledger.verified)',
          response: { 200: verificationReportBody },
        },
      },
      async (r) => {
        const ctx = contextOf(r);
        requireAuthorization(ctx.actor, 'ledger.verify', { agencyId: ctx.agencyId });
        return verifyAndRecord(deps, ctx);
      },
    );
    app.get(
      '/api/ledger/entries',
      {
        schema: {
          tags,
          summary: '账本记录原文 Entries with canonical bytes',
          querystring: ledgerEntriesQuery,
          response: { 200: ledgerEntriesBody },
        },
      },
      async (r) => ({ items: await readEntries(deps, reader(requireActor(r)), r.query) }),
    );
    app.get(
      '/api/ledger/proofs/inclusion',
      {
        schema: {
          tags,
          summary: '包含证明 Inclusion proof',
          querystring: inclusionQuery,
          response: { 200: inclusionProofBody },
        },
      },
      (r) => proveInclusion(deps, reader(requireActor(r)), r.query),
    );
    app.get(
      '/api/ledger/proofs/consistency',
      {
        schema: {
          tags,
          summary: '一致性证明 Consistency proof',
          querystring: consistencyQuery,
          response: { 200: consistencyProofBody },
        },
      },
      (r) => proveConsistency(deps, reader(requireActor(r)), r.query),
    );
  };
}
