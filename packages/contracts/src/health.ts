import { z } from 'zod';

export const healthBody = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
});
export type HealthBody = z.infer<typeof healthBody>;
