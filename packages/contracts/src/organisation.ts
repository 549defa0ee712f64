import { certificateStatuses, roles, unitKinds } from '@liuhen/domain';
import { z } from 'zod';
import { localDate } from './common';

const text = (max: number) => z.string().trim().min(1).max(max);

export const agencyBody = z
  .object({
    id: z.string(),
    name: z.string().meta({ description: '行政执法机关名称' }),
    shortName: z.string().meta({ description: '机关简称 (used in case numbers)' }),
    profileId: z.string().nullable().meta({ description: '适用的执法全过程记录规定 (GEN-01)；未选择时为 null' }),
  })
  .meta({ id: 'Agency' });
export type AgencyBody = z.infer<typeof agencyBody>;

export const updateAgencyBody = z.object({ name: text(100).optional(), shortName: text(20).optional() }).strict();
export type UpdateAgencyBody = z.infer<typeof updateAgencyBody>;

export const unitBody = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(unitKinds),
    legalBasis: z
      .string()
      .nullable()
      .meta({ description: '授权/委托依据 (GEN-07), required for authorised/entrusted institutions' }),
    userCount: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Unit' });
export type UnitBody = z.infer<typeof unitBody>;

export const createUnitBody = z
  .object({ name: text(100), kind: z.enum(unitKinds), legalBasis: text(500).nullable().optional() })
  .strict();
export type CreateUnitBody = z.infer<typeof createUnitBody>;

export const updateUnitBody = z
  .object({
    name: text(100).optional(),
    kind: z.enum(unitKinds).optional(),
    legalBasis: text(500).nullable().optional(),
  })
  .strict();
export type UpdateUnitBody = z.infer<typeof updateUnitBody>;

export const unitListBody = z.object({ items: z.array(unitBody) });

export const certificationBody = z
  .object({
    certified: z.boolean(),
    reason: z.enum(['missing', 'notYetValid', 'expired', 'suspended', 'revoked']).nullable(),
    certificateNumber: z.string().nullable(),
  })
  .meta({
    id: 'Certification',
    description: 'ROLE-01: whether the officer holds a valid enforcement certificate today',
  });

export const userBody = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(roles)),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    status: z.enum(['active', 'disabled']),
    mustChangePassword: z.boolean(),
    lockedUntil: z
      .string()
      .nullable()
      .meta({ description: 'Set only while a lockout after failed logins is in force' }),
    certification: certificationBody.nullable().meta({ description: 'Only for users with the officer role' }),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type UserBody = z.infer<typeof userBody>;

export const userListQuery = z
  .object({
    unitId: z.string().max(64).optional(),
    role: z.enum(roles).optional(),
    status: z.enum(['active', 'disabled']).optional(),
    q: z.string().max(50).optional().meta({ description: 'Search username or name' }),
  })
  .strict();
export type UserListQuery = z.infer<typeof userListQuery>;

export const userListBody = z.object({ items: z.array(userBody) });

export const createUserBody = z
  .object({
    username: z.string().min(1).max(32),
    displayName: text(50),
    roles: z.array(z.enum(roles)).min(1),
    unitId: z.string().max(64).nullable().optional(),
    password: z.string().min(1).max(200).optional().meta({ description: 'Initial password; generated when omitted' }),
  })
  .strict();
export type CreateUserBody = z.infer<typeof createUserBody>;

export const createdUserBody = z.object({
  user: userBody,
  initialPassword: z.string().nullable().meta({ description: 'The generated password, shown once; null when given' }),
});

export const updateUserBody = z
  .object({
    displayName: text(50).optional(),
    roles: z.array(z.enum(roles)).min(1).optional(),
    unitId: z.string().max(64).nullable().optional(),
  })
  .strict();
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const resetPasswordBody = z.object({ password: z.string().min(1).max(200).optional() }).strict();
export const resetPasswordResult = z.object({ temporaryPassword: z.string() });

export const certificateBody = z
  .object({
    id: z.string(),
    userId: z.string(),
    number: z.string().meta({ description: '执法证号' }),
    issuingBody: z.string().meta({ description: '发证机关' }),
    validFrom: localDate,
    validTo: localDate,
    status: z.enum(certificateStatuses),
    establishmentStaff: z.boolean().meta({ description: '正式在编 (XG 第七条)' }),
    passedUnifiedExam: z.boolean().meta({ description: '通过行政执法人员统一考试 (XG 第七条)' }),
    inForce: z.boolean().meta({ description: 'Valid today: status valid and today within the validity period' }),
    createdAt: z.string(),
  })
  .meta({ id: 'Certificate' });
export type CertificateBody = z.infer<typeof certificateBody>;

export const certificateListBody = z.object({ items: z.array(certificateBody) });

export const createCertificateBody = z
  .object({
    number: text(50),
    issuingBody: text(100),
    validFrom: localDate,
    validTo: localDate,
    status: z.enum(certificateStatuses).optional(),
    establishmentStaff: z.boolean().optional(),
    passedUnifiedExam: z.boolean().optional(),
  })
  .strict();
export type CreateCertificateBody = z.infer<typeof createCertificateBody>;

export const updateCertificateBody = z
  .object({
    issuingBody: text(100).optional(),
    validFrom: localDate.optional(),
    validTo: localDate.optional(),
    status: z.enum(certificateStatuses).optional(),
    establishmentStaff: z.boolean().optional(),
    passedUnifiedExam: z.boolean().optional(),
  })
  .strict();
export type UpdateCertificateBody = z.infer<typeof updateCertificateBody>;
