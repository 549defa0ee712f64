import { describe, expect, it } from 'vitest';
import { shownApprovalStatus } from './approval-status';

describe('shownApprovalStatus (APPR-01)', () => {
  const hengshan = { steps: [{ step: 'handler' }, { step: 'approver' }] };
  const benxi = { steps: [{ step: 'handler' }, { step: 'reviewer' }, { step: 'approver' }] };

  it('APPR-01: a proposal under a chain without a reviewer (HS 001 第十条) waits for approval', () => {
    expect(shownApprovalStatus('proposed', hengshan)).toBe('reviewed');
  });

  it('APPR-01: a proposal under a chain with a reviewer, or no stated chain, waits for review', () => {
    expect(shownApprovalStatus('proposed', benxi)).toBe('proposed');
    expect(shownApprovalStatus('proposed', null)).toBe('proposed');
  });

  it('other statuses are shown as they are', () => {
    expect(shownApprovalStatus('approved', hengshan)).toBe('approved');
    expect(shownApprovalStatus('rejected', hengshan)).toBe('rejected');
  });
});
