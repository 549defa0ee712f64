import type { Role } from './roles';

/**
 * The permission matrix as data: action → role → scope. Absent means denied (default deny).
 * - `agency`: any resource of the actor's agency;
 * - `unit`: resources of the actor's own unit;
 * - `self`: only the actor's own user record.
 */
export type Scope = 'agency' | 'unit' | 'self';

export const actions = [
  'agency.read',
  'agency.update',
  'unit.list',
  'unit.create',
  'unit.update',
  'unit.delete',
  'user.list',
  'user.read',
  'user.create',
  'user.update',
  'user.disable',
  'user.enable',
  'user.resetPassword',
  'user.changeOwnPassword',
  'certificate.read',
  'certificate.manage',
  'audit.read',
  'ledger.read',
  'ledger.checkpoint',
  'ledger.verify',
  'case.list',
  'case.read',
  'case.create',
  'case.record',
  'case.archive',
  'approval.review',
  'approval.approve',
  'av.read',
  'av.upload',
  'av.manage',
  'av.custody',
  'station.manage',
] as const;
export type Action = (typeof actions)[number];

const everyone = {
  officer: 'agency',
  unitHead: 'agency',
  agencyHead: 'agency',
  legalAffairs: 'agency',
  recordsCustodian: 'agency',
  admin: 'agency',
  auditor: 'agency',
} as const satisfies Record<Role, Scope>;

const adminOnly = { admin: 'agency' } as const;

/** Who supervises the record itself: administrators, auditors and the legal-affairs unit. */
const supervisors = { admin: 'agency', auditor: 'agency', legalAffairs: 'agency' } as const;

/** Who reads people: agency-wide supervisors everywhere, unit roles within their unit, everyone themself. */
const readPeople = {
  officer: 'unit',
  unitHead: 'unit',
  agencyHead: 'agency',
  legalAffairs: 'agency',
  recordsCustodian: 'self',
  admin: 'agency',
  auditor: 'agency',
} as const satisfies Record<Role, Scope>;

/**
 * Who reads cases (issue 4): the handlers' unit, the heads, legal affairs, the archive and auditors. System
 * administrators run the system but do not read case contents. Officers see their unit's cases and those they handle.
 */
const readCases = {
  officer: 'unit',
  unitHead: 'unit',
  agencyHead: 'agency',
  legalAffairs: 'agency',
  recordsCustodian: 'agency',
  auditor: 'agency',
} as const;

export const permissions: Record<Action, Partial<Record<Role, Scope>>> = {
  'agency.read': everyone,
  'agency.update': adminOnly,
  'unit.list': everyone,
  'unit.create': adminOnly,
  'unit.update': adminOnly,
  'unit.delete': adminOnly,
  'user.list': readPeople,
  'user.read': readPeople,
  'user.create': adminOnly,
  'user.update': adminOnly,
  'user.disable': adminOnly,
  'user.enable': adminOnly,
  'user.resetPassword': adminOnly,
  'user.changeOwnPassword': {
    officer: 'self',
    unitHead: 'self',
    agencyHead: 'self',
    legalAffairs: 'self',
    recordsCustodian: 'self',
    admin: 'self',
    auditor: 'self',
  },
  'certificate.read': readPeople,
  'certificate.manage': adminOnly,
  'audit.read': supervisors,
  /** Checkpoints, proofs and entries' canonical bytes (issue 3). */
  'ledger.read': supervisors,
  /** Sign a checkpoint now, beside the periodic ones. */
  'ledger.checkpoint': adminOnly,
  /** Re-verify the whole log and every stored file; the run is itself a ledger entry. */
  'ledger.verify': supervisors,
  'case.list': readCases,
  'case.read': readCases,
  /** Open a case in one's own unit. */
  'case.create': { officer: 'unit', unitHead: 'unit' },
  /** Record activities and documents, propose approvals and move the stage: the case's handlers (`self` covers a member) and their unit head. */
  'case.record': { officer: 'self', unitHead: 'unit' },
  /** 归档: the archive room takes closed cases (ARCH). */
  'case.archive': { recordsCustodian: 'agency', unitHead: 'unit' },
  /** APPR-01 审核人 and 批准人; which role fits which chain is in cases/approvals.ts. */
  'approval.review': { unitHead: 'unit', legalAffairs: 'agency' },
  'approval.approve': { agencyHead: 'agency' },
  /** A/V records (issue 5): read and play like cases; every playback is itself a ledger entry. */
  'av.read': readCases,
  /** Upload footage (officers of the unit; ingest stations have their own token and may only upload). */
  'av.upload': { officer: 'unit', unitHead: 'unit' },
  /** Complete metadata, link to a case or activity, unlink with a reason. Nobody can alter or delete the file. */
  'av.manage': { officer: 'unit', unitHead: 'unit' },
  /**
   * AVS-02, AVS-07: record a hand-over of custody (to unit storage, designated staff) and the monthly hand-over of an
   * officer's material: the unit's officers and head, and the records custodian (专门人员) who receives it.
   */
  'av.custody': { officer: 'unit', unitHead: 'unit', recordsCustodian: 'agency' },
  /** Register and revoke ingest stations (采集站); each station's token may only upload. */
  'station.manage': adminOnly,
};
