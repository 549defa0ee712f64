import type { ApprovalStatus } from '../../i18n/domain-labels';

/**
 * APPR-01: the status an approval is shown with. Where the case profile's chain names no reviewer (HS 001 第十条), a
 * proposal waits for approval, not for a review: it reads as `reviewed` (待批准).
 */
export function shownApprovalStatus(
  status: ApprovalStatus,
  chain: { steps: readonly { step: string }[] } | null | undefined,
): ApprovalStatus {
  const noReview = chain !== undefined && chain !== null && !chain.steps.some((entry) => entry.step === 'reviewer');
  return status === 'proposed' && noReview ? 'reviewed' : status;
}
