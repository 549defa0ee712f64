import { actions, roles } from '@liuhen/domain';
import { z } from 'zod';

export const loginBody = z
  .object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) })
  .strict();
export type LoginBody = z.infer<typeof loginBody>;

export const sessionUserBody = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  unitId: z.string().nullable(),
  mustChangePassword: z.boolean(),
});

/** The current session: who is logged in, the CSRF token to send back, and what the UI may offer. */
export const sessionBody = z
  .object({
    user: sessionUserBody,
    agency: z.object({ id: z.string(), name: z.string() }),
    csrfToken: z.string().meta({ description: 'Send as the `x-csrf-token` header on every POST/PATCH/PUT/DELETE' }),
    expiresAt: z.string(),
    abilities: z.record(z.enum(actions), z.boolean()),
  })
  .meta({ id: 'Session' });
export type SessionBody = z.infer<typeof sessionBody>;

export const changePasswordBody = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) })
  .strict();
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;
