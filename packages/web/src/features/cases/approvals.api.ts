import type { ApprovalBody, ApprovalDecisionBody } from '@liuhen/contracts';
import { api } from '../../api/client';

const approvalPath = (id: string) => `/approvals/${encodeURIComponent(id)}`;

export type ApprovalStep = ApprovalBody['steps'][number];

export const listActionableApprovals = () => api.get<{ items: ApprovalBody[] }>('/approvals', { actionable: 'true' });
export const reviewApproval = (id: string, body: ApprovalDecisionBody) =>
  api.post<ApprovalBody>(`${approvalPath(id)}/review`, body);
export const approveApproval = (id: string, body: ApprovalDecisionBody) =>
  api.post<ApprovalBody>(`${approvalPath(id)}/approve`, body);

/**
 * The step the next decision takes: a proposed approval is reviewed, a reviewed one approved — or a proposed one
 * approved directly where the case profile's chain names no reviewer and the caller may approve (APPR-01, HS 第十条).
 */
export function nextStepOf(approval: ApprovalBody): 'review' | 'approve' | null {
  if (approval.nextSteps.includes('approve')) return 'approve';
  if (approval.status === 'proposed') return 'review';
  if (approval.status === 'reviewed') return 'approve';
  return null;
}
