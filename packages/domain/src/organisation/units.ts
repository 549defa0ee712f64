import { domainError } from '../shared/errors';

/**
 * Kinds of units inside an agency (GEN-07): internal sections, the legal-affairs unit, the archive room,
 * and public institutions authorised by law or entrusted to enforce, whose cases follow the agency's profile.
 */
export const unitKinds = [
  'enforcementSection',
  'legalAffairsUnit',
  'archiveRoom',
  'office',
  'authorisedInstitution',
  'entrustedInstitution',
] as const;
export type UnitKind = (typeof unitKinds)[number];

export const unitKindLabels = {
  enforcementSection: { zh: '执法科室/单位', en: 'Enforcement section' },
  legalAffairsUnit: { zh: '法制机构', en: 'Legal affairs unit' },
  archiveRoom: { zh: '档案室', en: 'Archive room' },
  office: { zh: '办公室/信息中心', en: 'Office / IT centre' },
  authorisedInstitution: { zh: '法律法规授权组织', en: 'Institution authorised by law' },
  entrustedInstitution: { zh: '受委托组织', en: 'Entrusted institution' },
} as const satisfies Record<UnitKind, { zh: string; en: string }>;

/** GEN-07: authorised and entrusted institutions enforce on a legal basis that must be on record. */
export function needsLegalBasis(kind: UnitKind): boolean {
  return kind === 'authorisedInstitution' || kind === 'entrustedInstitution';
}

/** Checks a unit's fields before it is created or changed. */
export function checkUnit(unit: { kind: UnitKind; legalBasis: string | null }): void {
  if (needsLegalBasis(unit.kind) && !unit.legalBasis?.trim()) {
    throw domainError('unit.entrustment_basis_required');
  }
}
