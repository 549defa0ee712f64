import { profileDetailBody, profileListBody, selectProfileBody } from '@liuhen/contracts';
import { profileJsonSchema } from '@liuhen/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { contextOf, requireActor } from '../../http/auth';
import { getProfile, listProfiles, selectAgencyProfile } from './profiles.usecases';

export function profileRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['执法全过程记录规定 Profiles (GEN-01)'];
    app.get(
      '/api/profiles',
      { schema: { tags, summary: '可选用的规定 Loaded profiles', response: { 200: profileListBody } } },
      (r) => listProfiles(deps, requireActor(r)),
    );
    app.get(
      '/api/profiles/schema',
      { schema: { tags, summary: '规定配置文件的 JSON Schema / The profile file JSON Schema' } },
      () => profileJsonSchema(),
    );
    app.get(
      '/api/profiles/:profileId',
      {
        schema: {
          tags,
          summary: '规定详情 A profile',
          params: z.object({ profileId: z.string().min(1).max(64) }),
          response: { 200: profileDetailBody },
        },
      },
      (r) => getProfile(deps, requireActor(r), r.params.profileId),
    );
    app.put(
      '/api/agency/profile',
      {
        schema: {
          tags,
          summary: '选用本机关的规定 Select the agency profile',
          body: selectProfileBody,
          response: { 200: profileListBody },
        },
      },
      (r) => selectAgencyProfile(deps, contextOf(r), r.body),
    );
  };
}
