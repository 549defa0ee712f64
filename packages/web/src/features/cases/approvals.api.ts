import type { ApprovalBody, ApprovalDecisionBody } from '@liuhen/contracts';
import { api } from '../../api/client';

const approvalPath = (id: string) => `/approvals/${encodeURIComponent(id)}`;

export type ApprovalStep = ApprovalBody['steps'][number];

export const listActionableApprovals = () => api.get<{ items: ApprovalBody[] }>('/approvals', { actionable: 'true' });
export const reviewApproval = (id: string, body: ApprovalDecisionBody) =>
  api.post<ApprovalBody>(`${approvalPath(id)}/review`, body);
export const approveApproval = (id: string, body: ApprovalDecisionBody) =>
  api.post<ApprovalBody>(`${approvalPath(id)}/approve`, body);

/** The step the next decision takes: a proposed approval is reviewed, a reviewed one approved. */
export function nextStepOf(approval: ApprovalBody): 'review' | 'approve' | null {
  if (approval.status === 'proposed') return 'review';
  if (approval.status === 'reviewed') return 'approve';
  return null;
}
