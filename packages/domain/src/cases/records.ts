import { domainError } from '../shared/errors';
import type { CaseAction } from './stages';

/**
 * Written records a step cannot do without. A stage action waits for a finalised document of one of the listed
 * types; some documents wait for another (EXEC-03: no compulsory execution before a served demand notice).
 */
export const actionDocuments: Partial<
  Record<CaseAction, { anyOf: readonly string[]; requirementIds: readonly string[] }>
> = {
  // DEC-06, DEC-09: the decision is issued as a 决定书 carrying every mandatory content.
  decide: { anyOf: ['decisionDocument'], requirementIds: ['DEC-06', 'DEC-09'] },
  // SIMP-01/02: the simplified procedure's 当场处罚决定书 with its own list of contents.
  decideOnSpot: { anyOf: ['onSpotPenaltyDecision'], requirementIds: ['SIMP-01', 'SIMP-02'] },
  // SERV-01: service is proved by a 送达回证, the postal proof or the public notice.
  serve: { anyOf: ['serviceReceipt', 'postalProof', 'publicNotice'], requirementIds: ['SERV-01'] },
  // INIT-08: 不予受理 is decided in writing.
  refuseAcceptance: { anyOf: ['nonAcceptanceDecision'], requirementIds: ['INIT-08'] },
  // INIT-10: a referral goes with its 移送函.
  refer: { anyOf: ['caseReferralLetter'], requirementIds: ['INIT-10'] },
  // CLOSE-01: 结案报告.
  close: { anyOf: ['caseClosingReport'], requirementIds: ['CLOSE-01'] },
};

/** Documents that may only be made once another document of the case is final (EXEC-03). */
export const documentPrerequisites: Partial<
  Record<string, { anyOf: readonly string[]; requirementIds: readonly string[] }>
> = {
  compulsoryExecutionDocument: { anyOf: ['demandNotice'], requirementIds: ['EXEC-03', 'EXEC-05'] },
  compulsoryExecutionApprovalForm: { anyOf: ['demandNotice'], requirementIds: ['EXEC-03'] },
  courtEnforcementApplication: { anyOf: ['demandNotice'], requirementIds: ['EXEC-03', 'EXEC-06'] },
};

/** Refuses `action` unless a finalised document of a listed type is among `finalDocumentTypes`. */
export function checkActionDocuments(action: CaseAction, finalDocumentTypes: readonly string[]): void {
  const needed = actionDocuments[action];
  if (!needed || needed.anyOf.some((type) => finalDocumentTypes.includes(type))) return;
  throw domainError('case.document_required', { action, documents: needed.anyOf.join(' / ') });
}

/** Refuses to make a document of `typeCode` before its prerequisite document is final (EXEC-03). */
export function checkDocumentPrerequisites(typeCode: string, finalDocumentTypes: readonly string[]): void {
  const needed = documentPrerequisites[typeCode];
  if (!needed || needed.anyOf.some((type) => finalDocumentTypes.includes(type))) return;
  throw domainError('document.prerequisite_missing', { typeCode, documents: needed.anyOf.join(' / ') });
}
