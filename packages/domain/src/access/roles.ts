/**
 * The roles of an agency's users (requirements.md §1.2). A user may hold several.
 * `agencyWide` roles see the whole agency; the others see their own unit (and themselves).
 */
export const roles = [
  'officer',
  'unitHead',
  'agencyHead',
  'legalAffairs',
  'recordsCustodian',
  'admin',
  'auditor',
] as const;
export type Role = (typeof roles)[number];

export const roleDefinitions = {
  officer: { zh: '执法人员', en: 'Enforcement officer', agencyWide: false },
  unitHead: { zh: '承办机构负责人', en: 'Unit head', agencyWide: false },
  agencyHead: { zh: '机关负责人', en: 'Agency head', agencyWide: true },
  legalAffairs: { zh: '法制机构人员', en: 'Legal affairs officer', agencyWide: true },
  recordsCustodian: { zh: '档案管理员', en: 'Records custodian', agencyWide: true },
  admin: { zh: '系统管理员', en: 'Administrator', agencyWide: true },
  auditor: { zh: '审计员（只读）', en: 'Auditor (read-only)', agencyWide: true },
} as const satisfies Record<Role, { zh: string; en: string; agencyWide: boolean }>;

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** Roles that must belong to a unit, because their scope is that unit. */
export function requiresUnit(userRoles: readonly Role[]): boolean {
  return userRoles.some((role) => role === 'officer' || role === 'unitHead');
}
