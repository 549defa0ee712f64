/**
 * Lists and `{ zh, en }` labels owned by the domain. The web reads them through this one file, so the UI
 * never spells a role or unit kind differently from the server and the CLI.
 */
export type { Action, CertificateStatus, CertificationReason, Role, UnitKind } from '@liuhen/domain';
export {
  certificateStatuses,
  certificateStatusLabels,
  certificationReasonLabels,
  needsLegalBasis,
  requiresUnit,
  roleDefinitions,
  roles,
  unitKindLabels,
  unitKinds,
} from '@liuhen/domain';
