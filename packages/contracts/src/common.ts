import { z } from 'zod';

/** Error body of every failed API call: a stable code, a zh-CN message, and its English version. */
export const errorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable error code, e.g. `auth.invalid_credentials`' }),
      message: z.string().meta({ description: '中文说明 (zh-CN message)' }),
      messageEn: z.string().meta({ description: 'English message' }),
      details: z.record(z.string(), z.unknown()).optional(),
      requestId: z.string().optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof errorBody>;

export const idParam = z.object({ id: z.string().min(1).max(64) }).strict();

/** A calendar date `YYYY-MM-DD` (in Asia/Shanghai). */
export const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式须为 YYYY-MM-DD' });

export const okBody = z.object({ ok: z.literal(true) });
