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

export type {
  ActivityType,
  ApprovalStatus,
  ApprovalType,
  CaseAction,
  CaseProcedure,
  CaseSource,
  CaseStage,
  ConfidentialityMarker,
  DocumentField,
  DocumentSignature,
  DocumentSigner,
  DocumentType,
  EnforcementAct,
  IdentityDocumentType,
  SignerRole,
} from '@liuhen/domain';
export {
  materialKindLabels,
  materialKinds,
  activityTypeCodes,
  activityTypes,
  approvalStatusLabels,
  approvalStepLabels,
  approvalTypeLabels,
  approvalTypes,
  caseActionLabels,
  caseProcedureLabels,
  caseProcedures,
  caseSourceLabels,
  caseSources,
  caseStageLabels,
  caseStages,
  checkSignatures,
  confidentialityMarkerLabels,
  confidentialityMarkers,
  documentCatalog,
  enforcementActLabels,
  enforcementActs,
  findDocumentType,
  identityDocumentTypeLabels,
  identityDocumentTypes,
  isFieldRequired,
  notifiableRightLabels,
  notifiableRights,
  notificationMethodLabels,
  notificationMethods,
  requiresComplainantNotice,
  validateDocument,
} from '@liuhen/domain';

export type { AvDeviceType, AvMediaKind, BodyCamMounting, RequiredAvMetadataKey } from '@liuhen/domain';
export {
  avDeviceTypeLabels,
  bodyCamMountingLabels,
  bodyCamMountings,
  avDeviceTypes,
  avMediaKindLabels,
  mediaKindOfMimeType,
  requiredAvMetadataLabels,
} from '@liuhen/domain';
