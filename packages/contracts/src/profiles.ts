import { profileSchema } from '@liuhen/domain';
import { z } from 'zod';

/** A jurisdiction profile as listed in 系统管理 (GEN-01). */
export const profileSummaryBody = z
  .object({
    id: z.string(),
    family: z.string().meta({ description: '所依据的规定系列 BX/HS/LX/FS/XG' }),
    version: z.number().int(),
    name: z.object({ zh: z.string(), en: z.string() }),
    issuer: z.string().meta({ description: '制定机关' }),
    issuedOn: z.string().nullable(),
    legalBasis: z.string().nullable(),
    article: z.string(),
    shipped: z.boolean().meta({ description: '随系统发布（否则为本机关自定义目录中的配置）' }),
    sha256: z.string().meta({ description: '配置文件的 SHA-256' }),
  })
  .meta({ id: 'ProfileSummary' });
export type ProfileSummaryBody = z.infer<typeof profileSummaryBody>;

export const profileListBody = z.object({ items: z.array(profileSummaryBody), selectedId: z.string().nullable() });
export type ProfileListBody = z.infer<typeof profileListBody>;

/** The whole profile, as its file states it (validated by the published JSON Schema). */
export const profileDetailBody = z
  .object({ summary: profileSummaryBody, profile: profileSchema })
  .meta({ id: 'ProfileDetail' });
export type ProfileDetailBody = z.infer<typeof profileDetailBody>;

export const selectProfileBody = z
  .object({
    profileId: z.string().min(1).max(64),
    reason: z.string().trim().min(1).max(500).meta({ description: '变更原因（记入审计日志）' }),
  })
  .strict();
export type SelectProfileBody = z.infer<typeof selectProfileBody>;
