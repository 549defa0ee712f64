import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { healthBody } from '@liuhen/contracts';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Deps } from '../deps';
import { auditRoutes } from '../modules/audit/audit.routes';
import { authRoutes } from '../modules/auth/auth.routes';
import { avRoutes } from '../modules/av/av.routes';
import { avCustodyRoutes } from '../modules/av/custody.routes';
import { profileRoutes } from '../modules/profiles/profiles.routes';
import { caseRoutes } from '../modules/cases/cases.routes';
import { complianceRoutes } from '../modules/compliance/compliance.routes';
import { ledgerRoutes } from '../modules/ledger/ledger.routes';
import { certificateRoutes } from '../modules/organisation/certificates.routes';
import { organisationRoutes } from '../modules/organisation/organisation.routes';
import { liuhenVersion } from '../version';
import { registerAuthentication } from './auth';
import { errorResponse, toErrorResponse } from './errors';

export const bodyLimit = 256 * 1024;
export const bundledWebDir = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export type HttpOptions = {
  logLevel: string;
  webDir?: string | undefined;
  /** Where logs go; default stdout. Tests pass a sink to keep output quiet but still exercise the logger. */
  logStream?: NodeJS.WritableStream;
};

/** Builds the HTTP server: thin routes over the use cases, one error format, OpenAPI at /api/openapi.json. */
export async function createHttpServer(deps: Deps, options: HttpOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // No credentials in logs: cookies, CSRF tokens and set-cookie never reach the log lines.
      redact: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
      ],
    },
    genReqId: () => randomUUID(),
    bodyLimit,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();
  // The API speaks JSON only: anything else is refused with 415 rather than parsed as a string.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorResponse(error, { requestId: request.id, bodyLimit });
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    reply.status(status).send(body);
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: '留痕 Liuhen API',
        description: '行政执法全过程记录系统接口 / Whole-process enforcement recording API',
        version: liuhenVersion,
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'liuhen_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  await app.register(fastifyCookie);
  registerAuthentication(app, deps);

  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: { tags: ['系统 System'], summary: '健康检查 Health', response: { 200: healthBody } },
    },
    async () => ({ status: 'ok' as const, version: liuhenVersion, database: deps.database.dialect }),
  );
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  await app.register(authRoutes(deps));
  await app.register(organisationRoutes(deps));
  await app.register(certificateRoutes(deps));
  await app.register(auditRoutes(deps));
  await app.register(ledgerRoutes(deps));
  await app.register(caseRoutes(deps));
  await app.register(avRoutes(deps));
  await app.register(avCustodyRoutes(deps));
  await app.register(profileRoutes(deps));
  await app.register(complianceRoutes(deps));

  const webDir = options.webDir ?? bundledWebDir;
  const hasWeb = existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET') {
      const { status, body } = errorResponse('request.not_found', {}, request.id);
      return reply.status(status).send(body);
    }
    // The web UI routes on the client: every other GET gets the app shell.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
