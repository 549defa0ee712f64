import {
  avDerivativeKinds,
  avListBody,
  avLinkSuggestionListBody,
  avListQuery,
  avRecordBody,
  idParam,
  linkAvRecordBody,
  receptionFootageBody,
  unlinkAvRecordBody,
  updateAvRecordBody,
} from '@liuhen/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { contextOf, requireActor } from '../../http/auth';
import { getAvRecord, linkAvRecord, listAvRecords, unlinkAvRecord, updateAvRecord } from './av.usecases';
import { openAvContent, openAvDerivative } from './av-content.usecases';
import { suggestLinks } from './av-suggestions.usecases';
import { createIngest, type Uploader } from './ingest';
import { receptionFootageOf } from './reception.usecases';

export function avRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const ingest = createIngest(deps);
    // tus PATCH bodies stream straight to the store: Fastify must not read them.
    app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));

    const tusHandler = async (request: FastifyRequest, reply: FastifyReply) => {
      const uploader: Uploader = request.station
        ? { kind: 'station', station: request.station }
        : { kind: 'user', actor: requireActor(request) };
      reply.hijack();
      await ingest.handle(uploader, request.id, request.raw, reply.raw);
    };
    const tusRoute = {
      config: { stationAllowed: true },
      schema: {
        tags: ['音像记录 A/V (AV, AVS)'],
        summary: 'tus 1.0 断点续传上传 Resumable upload (tus 1.0)',
        hide: true,
      },
    };
    app.route({
      method: ['POST', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS'],
      url: '/api/uploads',
      ...tusRoute,
      handler: tusHandler,
    });
    app.route({
      method: ['POST', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS'],
      url: '/api/uploads/*',
      ...tusRoute,
      handler: tusHandler,
    });

    const av = ['音像记录 A/V (AV, AVS)'];
    app.get(
      '/api/av',
      {
        schema: {
          tags: av,
          summary: '音像记录库 A/V library',
          querystring: avListQuery,
          response: { 200: avListBody },
        },
      },
      (r) => listAvRecords(deps, requireActor(r), r.query),
    );
    app.get(
      '/api/av/suggestions',
      {
        schema: {
          tags: av,
          summary: '关联建议 Which activity my unlinked recordings belong to',
          response: { 200: avLinkSuggestionListBody },
        },
      },
      (r) => suggestLinks(deps, requireActor(r)),
    );
    app.get(
      '/api/av/:id',
      { schema: { tags: av, summary: '音像记录 A/V record', params: idParam, response: { 200: avRecordBody } } },
      (r) => getAvRecord(deps, requireActor(r), r.params.id),
    );
    app.patch(
      '/api/av/:id',
      {
        schema: {
          tags: av,
          summary: '补充元数据 Complete the metadata (AVS-03)',
          params: idParam,
          body: updateAvRecordBody,
          response: { 200: avRecordBody },
        },
      },
      (r) => updateAvRecord(deps, contextOf(r), { id: r.params.id, body: r.body }),
    );
    app.get(
      '/api/cases/:id/reception-footage',
      {
        schema: {
          tags: av,
          summary: '受理点视频监控 Reception-point footage of an application (INIT-02)',
          params: idParam,
          response: { 200: receptionFootageBody },
        },
      },
      (r) => receptionFootageOf(deps, requireActor(r), r.params.id),
    );
    app.post(
      '/api/av/:id/link',
      {
        schema: {
          tags: av,
          summary: '关联案件或执法活动 Link to a case or activity',
          params: idParam,
          body: linkAvRecordBody,
          response: { 200: avRecordBody },
        },
      },
      (r) => linkAvRecord(deps, contextOf(r), { id: r.params.id, body: r.body }),
    );
    app.post(
      '/api/av/:id/unlink',
      {
        schema: {
          tags: av,
          summary: '解除关联（须说明理由） Unlink, with the reason',
          params: idParam,
          body: unlinkAvRecordBody,
          response: { 200: avRecordBody },
        },
      },
      (r) => unlinkAvRecord(deps, contextOf(r), { id: r.params.id, body: r.body }),
    );
    app.get(
      '/api/av/:id/content',
      {
        schema: {
          tags: av,
          summary: '播放或下载（支持 Range） Play or download (HTTP Range)',
          params: idParam,
          querystring: z.object({ download: z.enum(['1', '0']).optional() }).strict(),
        },
      },
      async (r, reply) => {
        const download = r.query.download === '1';
        const { stream, row, size, range } = await openAvContent(deps, contextOf(r), {
          id: r.params.id,
          rangeHeader: r.headers.range,
          download,
        });
        reply
          .type(row.media_type)
          .header('accept-ranges', 'bytes')
          .header('cache-control', 'private, no-store')
          .header(
            'content-disposition',
            `${download ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(row.file_name)}`,
          );
        if (range) {
          reply.status(206).header('content-range', `bytes ${range.start}-${range.end}/${size}`);
          reply.header('content-length', range.end - range.start + 1);
        } else {
          reply.header('content-length', size);
        }
        return reply.send(stream);
      },
    );
    app.get(
      '/api/av/:id/derivatives/:kind',
      {
        schema: {
          tags: av,
          summary: '派生文件：封面、缩略图、浏览器兼容副本（支持 Range） Poster, thumbnail, playable proxy (AV-04)',
          params: z.object({ id: idParam.shape.id, kind: z.enum(avDerivativeKinds) }).strict(),
        },
      },
      async (r, reply) => {
        const { stream, mediaType, size, range } = await openAvDerivative(deps, contextOf(r), {
          id: r.params.id,
          kind: r.params.kind,
          rangeHeader: r.headers.range,
        });
        reply.type(mediaType).header('accept-ranges', 'bytes').header('cache-control', 'private, no-store');
        if (range) {
          reply.status(206).header('content-range', `bytes ${range.start}-${range.end}/${size}`);
          reply.header('content-length', range.end - range.start + 1);
        } else {
          reply.header('content-length', size);
        }
        return reply.send(stream);
      },
    );
  };
}
