import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../access/roles';
import {
  approvalChains,
  approvalStatusLabels,
  approvalStatusOf,
  approvalStatuses,
  approvalTypeLabels,
  approvalTypes,
  canTakeNextStep,
  checkApprovalStep,
  extraActionApprovals,
  nextApprovalSteps,
  reviewOptional,
  stepsActorCanTake,
  type ApprovalStatus,
  type ApprovalStepRecord,
  type ApprovalType,
} from './approvals';
import { actionApprovals, caseApprovalTypes } from './stages';
import { caught } from '../shared/test-support';

const proposal: ApprovalStepRecord = { kind: 'propose', userId: 'handler', agree: true };
const review: ApprovalStepRecord = { kind: 'review', userId: 'reviewer', agree: true };
const approval: ApprovalStepRecord = { kind: 'approve', userId: 'approver', agree: true };

const handler = { userId: 'handler', roles: ['officer'] as Role[] };
const unitHead = { userId: 'reviewer', roles: ['unitHead'] as Role[] };
const legalAffairs = { userId: 'lawyer', roles: ['legalAffairs'] as Role[] };
const agencyHead = { userId: 'approver', roles: ['agencyHead'] as Role[] };

describe('APPR-01: the status follows the steps taken', () => {
  it.each<[string, ApprovalStepRecord[], ApprovalStatus]>([
    ['nothing yet (the approval exists from its proposal)', [], 'proposed'],
    ['the proposal', [proposal], 'proposed'],
    ['proposal and review', [proposal, review], 'reviewed'],
    ['proposal, review and approval', [proposal, review, approval], 'approved'],
    ['a disagreeing review', [proposal, { ...review, agree: false }], 'rejected'],
    ['a disagreeing approval', [proposal, review, { ...approval, agree: false }], 'rejected'],
  ])('after %s the approval is %s', (_name, steps, status) => {
    expect(approvalStatusOf(steps)).toBe(status);
  });

  it('labels every status in Chinese and English', () => {
    expect(Object.keys(approvalStatusLabels).sort()).toEqual([...approvalStatuses].sort());
    for (const label of Object.values(approvalStatusLabels)) {
      expect(label.zh).toMatch(/\p{Script=Han}/u);
      expect(label.en.trim()).not.toBe('');
    }
  });
});

describe('APPR-01: review comes after the proposal, approval after the review', () => {
  it('accepts a review of a proposed approval by the unit head', () => {
    expect(() =>
      checkApprovalStep({ type: 'registration', steps: [proposal], step: 'review', actor: unitHead }),
    ).not.toThrow();
  });

  it('refuses an approval before the review with approval.out_of_order', () => {
    expect(
      caught(() => checkApprovalStep({ type: 'registration', steps: [proposal], step: 'approve', actor: agencyHead })),
    ).toMatchObject({ code: 'approval.out_of_order', details: { step: 'approve', status: 'proposed' } });
  });

  it('refuses an approval on an approval with no step recorded yet: it counts as proposed, so review comes first', () => {
    expect(
      caught(() => checkApprovalStep({ type: 'registration', steps: [], step: 'approve', actor: agencyHead })),
    ).toMatchObject({ code: 'approval.out_of_order', details: { step: 'approve', status: 'proposed' } });
  });

  it('refuses a review when no proposal (承办人意见) is recorded: the chain starts with the handler', () => {
    expect(
      caught(() => checkApprovalStep({ type: 'registration', steps: [], step: 'review', actor: unitHead })),
    ).toMatchObject({ code: 'approval.out_of_order', details: { step: 'review' } });
  });

  it('accepts the approval once reviewed', () => {
    expect(() =>
      checkApprovalStep({ type: 'registration', steps: [proposal, review], step: 'approve', actor: agencyHead }),
    ).not.toThrow();
  });

  it('refuses a second review with approval.out_of_order', () => {
    const secondReviewer = { userId: 'other', roles: ['unitHead'] as Role[] };
    expect(
      caught(() =>
        checkApprovalStep({ type: 'registration', steps: [proposal, review], step: 'review', actor: secondReviewer }),
      ),
    ).toMatchObject({ code: 'approval.out_of_order', details: { step: 'review', status: 'reviewed' } });
  });

  it.each<[string, ApprovalStepRecord[]]>([
    ['at review', [proposal, { ...review, agree: false }]],
    ['at approval', [proposal, review, { ...approval, agree: false }]],
  ])('refuses any further step of an approval rejected %s', (_name, steps) => {
    expect(
      caught(() => checkApprovalStep({ type: 'registration', steps, step: 'approve', actor: agencyHead })),
    ).toMatchObject({ code: 'approval.out_of_order', details: { step: 'approve', status: 'rejected' } });
    const freshReviewer = { userId: 'fresh', roles: ['unitHead'] as Role[] };
    expect(
      caught(() => checkApprovalStep({ type: 'registration', steps, step: 'review', actor: freshReviewer })),
    ).toMatchObject({ code: 'approval.out_of_order', details: { step: 'review', status: 'rejected' } });
  });

  it('refuses approving an approved approval again', () => {
    const secondApprover = { userId: 'other', roles: ['agencyHead'] as Role[] };
    expect(
      caught(() =>
        checkApprovalStep({
          type: 'registration',
          steps: [proposal, review, approval],
          step: 'approve',
          actor: secondApprover,
        }),
      ),
    ).toMatchObject({ code: 'approval.out_of_order', details: { step: 'approve', status: 'approved' } });
  });
});

describe("APPR-01: each step is taken by a holder of the chain's role", () => {
  it.each<[string, { userId: string; roles: Role[] }]>([
    ['an officer', { userId: 'o2', roles: ['officer'] }],
    ['the agency head (an approver, not a reviewer)', { userId: 'h2', roles: ['agencyHead'] }],
    ['legal affairs, outside the head chain', { userId: 'l2', roles: ['legalAffairs'] }],
  ])('refuses a review of a registration by %s with approval.role_required', (_name, actor) => {
    expect(
      caught(() => checkApprovalStep({ type: 'registration', steps: [proposal], step: 'review', actor })),
    ).toMatchObject({ code: 'approval.role_required', details: { step: 'review', roles: 'unitHead' } });
  });

  it('refuses an approval by the unit head with approval.role_required naming the approver role', () => {
    const otherUnitHead = { userId: 'u2', roles: ['unitHead'] as Role[] };
    expect(
      caught(() =>
        checkApprovalStep({ type: 'registration', steps: [proposal, review], step: 'approve', actor: otherUnitHead }),
      ),
    ).toMatchObject({ code: 'approval.role_required', details: { step: 'approve', roles: 'agencyHead' } });
  });

  it('accepts legal affairs or the unit head as reviewer of a decision (DEC-02, DEC-05)', () => {
    for (const actor of [legalAffairs, unitHead]) {
      expect(() => checkApprovalStep({ type: 'decision', steps: [proposal], step: 'review', actor })).not.toThrow();
    }
    expect(
      caught(() => checkApprovalStep({ type: 'decision', steps: [proposal], step: 'review', actor: agencyHead })),
    ).toMatchObject({ code: 'approval.role_required', details: { step: 'review', roles: 'legalAffairs/unitHead' } });
  });

  it('accepts an actor holding the role among others', () => {
    const multiRole = { userId: 'm', roles: ['officer', 'unitHead'] as Role[] };
    expect(() =>
      checkApprovalStep({ type: 'registration', steps: [proposal], step: 'review', actor: multiRole }),
    ).not.toThrow();
  });
});

describe('APPR-01: one person does not take two steps of one approval (by default)', () => {
  const proposerWhoIsUnitHead = { userId: 'handler', roles: ['officer', 'unitHead'] as Role[] };
  const reviewerWhoIsAgencyHead = { userId: 'reviewer', roles: ['unitHead', 'agencyHead'] as Role[] };

  it('refuses the proposer reviewing their own proposal with approval.same_person', () => {
    expect(
      caught(() =>
        checkApprovalStep({ type: 'registration', steps: [proposal], step: 'review', actor: proposerWhoIsUnitHead }),
      ),
    ).toMatchObject({ code: 'approval.same_person', details: { step: 'review' } });
  });

  it('refuses the reviewer also approving with approval.same_person', () => {
    expect(
      caught(() =>
        checkApprovalStep({
          type: 'registration',
          steps: [proposal, review],
          step: 'approve',
          actor: reviewerWhoIsAgencyHead,
        }),
      ),
    ).toMatchObject({ code: 'approval.same_person', details: { step: 'approve' } });
  });

  it('allows it when the policy allows the same person twice', () => {
    const policy = { allowSamePersonTwice: true };
    expect(() =>
      checkApprovalStep({
        type: 'registration',
        steps: [proposal],
        step: 'review',
        actor: proposerWhoIsUnitHead,
        policy,
      }),
    ).not.toThrow();
    expect(() =>
      checkApprovalStep({
        type: 'registration',
        steps: [proposal, review],
        step: 'approve',
        actor: reviewerWhoIsAgencyHead,
        policy,
      }),
    ).not.toThrow();
  });

  it('still requires the role when the same person is allowed', () => {
    expect(
      caught(() =>
        checkApprovalStep({
          type: 'registration',
          steps: [proposal],
          step: 'review',
          actor: handler,
          policy: { allowSamePersonTwice: true },
        }),
      ),
    ).toMatchObject({ code: 'approval.role_required', details: { step: 'review' } });
  });
});

describe('APPR-01: whether an actor can take the next step (pending approvals)', () => {
  it.each<[string, ApprovalStepRecord[], { userId: string; roles: Role[] }]>([
    ['the unit head, on a proposed approval', [proposal], unitHead],
    ['the agency head, on a reviewed approval', [proposal, review], agencyHead],
  ])('is true for %s', (_name, steps, actor) => {
    expect(canTakeNextStep('registration', steps, actor)).toBe(true);
  });

  it.each<[string, ApprovalStepRecord[], { userId: string; roles: Role[] }]>([
    ['the agency head, on a proposed approval (review first)', [proposal], agencyHead],
    ['the unit head, on a reviewed approval (wrong role)', [proposal, review], unitHead],
    ['the handler, on their own proposal', [proposal], { userId: 'handler', roles: ['officer', 'unitHead'] }],
    ['anyone, on an approved approval', [proposal, review, approval], { userId: 'x', roles: ['agencyHead'] }],
    ['anyone, on a rejected approval', [proposal, { ...review, agree: false }], { userId: 'x', roles: ['unitHead'] }],
  ])('is false for %s', (_name, steps, actor) => {
    expect(canTakeNextStep('registration', steps, actor)).toBe(false);
  });

  it('follows the policy on the same person', () => {
    const actor = { userId: 'handler', roles: ['officer', 'unitHead'] as Role[] };
    expect(canTakeNextStep('registration', [proposal], actor, { allowSamePersonTwice: true })).toBe(true);
  });
});

/** APPR-01 chains of profiles/*.yaml (`records.approvalChain.steps`). */
const hsChain = [
  { step: 'handler', zh: '行政执法人员' },
  { step: 'approver', zh: '行政执法机关负责人' },
] as const;
const bxChain = [
  { step: 'handler', zh: '承办人' },
  { step: 'reviewer', zh: '审核人' },
  { step: 'approver', zh: '批准人' },
] as const;

describe('APPR-01: the profile’s approval chain (records.approvalChain)', () => {
  it('APPR-01 (HS 001 第十条): with no reviewer in the chain the agency head approves a proposal directly', () => {
    expect(reviewOptional(hsChain)).toBe(true);
    expect(() =>
      checkApprovalStep({
        type: 'registration',
        steps: [proposal],
        step: 'approve',
        actor: agencyHead,
        chainSteps: hsChain,
      }),
    ).not.toThrow();
    expect(approvalStatusOf([proposal, approval])).toBe('approved');
  });

  it('APPR-01 (HS): a review, if someone takes it, is still accepted, and the approval follows it', () => {
    expect(() =>
      checkApprovalStep({
        type: 'registration',
        steps: [proposal],
        step: 'review',
        actor: unitHead,
        chainSteps: hsChain,
      }),
    ).not.toThrow();
    expect(() =>
      checkApprovalStep({
        type: 'registration',
        steps: [proposal, review],
        step: 'approve',
        actor: agencyHead,
        chainSteps: hsChain,
      }),
    ).not.toThrow();
  });

  it('APPR-01 (HS): the direct approval still needs the proposal, the approver role and another person', () => {
    expect(
      caught(() =>
        checkApprovalStep({ type: 'registration', steps: [], step: 'approve', actor: agencyHead, chainSteps: hsChain }),
      ),
    ).toMatchObject({ code: 'approval.out_of_order', details: { step: 'approve', status: 'proposed' } });
    expect(
      caught(() =>
        checkApprovalStep({
          type: 'registration',
          steps: [proposal],
          step: 'approve',
          actor: unitHead,
          chainSteps: hsChain,
        }),
      ),
    ).toMatchObject({ code: 'approval.role_required', details: { step: 'approve', roles: 'agencyHead' } });
    const proposerWhoIsHead = { userId: 'handler', roles: ['officer', 'agencyHead'] as Role[] };
    expect(
      caught(() =>
        checkApprovalStep({
          type: 'registration',
          steps: [proposal],
          step: 'approve',
          actor: proposerWhoIsHead,
          chainSteps: hsChain,
        }),
      ),
    ).toMatchObject({ code: 'approval.same_person' });
    expect(
      caught(() =>
        checkApprovalStep({
          type: 'registration',
          steps: [proposal, approval],
          step: 'approve',
          actor: { userId: 'x', roles: ['agencyHead'] },
          chainSteps: hsChain,
        }),
      ),
    ).toMatchObject({ code: 'approval.out_of_order', details: { status: 'approved' } });
  });

  it.each<[string, readonly { step: 'handler' | 'reviewer' | 'approver'; zh: string }[] | null | undefined]>([
    ['a chain with a reviewer (BX 000 第二十八条)', bxChain],
    ['approvalChain null (XG)', null],
    ['no chain given', undefined],
  ])('APPR-01: with %s the approval before the review is refused with approval.out_of_order', (_name, chainSteps) => {
    expect(reviewOptional(chainSteps)).toBe(false);
    expect(
      caught(() =>
        checkApprovalStep({ type: 'registration', steps: [proposal], step: 'approve', actor: agencyHead, chainSteps }),
      ),
    ).toMatchObject({ code: 'approval.out_of_order', details: { step: 'approve', status: 'proposed' } });
  });

  it('APPR-01: the next steps follow the chain', () => {
    expect(nextApprovalSteps([proposal], hsChain)).toEqual(['review', 'approve']);
    expect(nextApprovalSteps([proposal], bxChain)).toEqual(['review']);
    expect(nextApprovalSteps([proposal, review], hsChain)).toEqual(['approve']);
    expect(nextApprovalSteps([], hsChain)).toEqual([]);
    expect(nextApprovalSteps([proposal, approval], hsChain)).toEqual([]);
  });

  it('APPR-01: under HS the agency head can act on a proposed approval; under BX not until it is reviewed', () => {
    expect(stepsActorCanTake('registration', [proposal], agencyHead, undefined, hsChain)).toEqual(['approve']);
    expect(stepsActorCanTake('registration', [proposal], unitHead, undefined, hsChain)).toEqual(['review']);
    expect(canTakeNextStep('registration', [proposal], agencyHead, undefined, hsChain)).toBe(true);
    expect(canTakeNextStep('registration', [proposal], agencyHead, undefined, bxChain)).toBe(false);
  });
});

describe('APPR-01: approval types and chains are data', () => {
  it.each(approvalTypes)('%s has a chain with reviewer and approver roles, citing APPR-01', (type) => {
    const chain = approvalChains[type];
    expect(chain.reviewerRoles.length).toBeGreaterThan(0);
    expect(chain.approverRoles.length).toBeGreaterThan(0);
    for (const role of [...chain.reviewerRoles, ...chain.approverRoles]) expect(roles).toContain(role);
    expect(chain.requirementIds).toContain('APPR-01');
  });

  it('has a chain and a zh/en label for exactly the approval types', () => {
    expect(Object.keys(approvalChains).sort()).toEqual([...approvalTypes].sort());
    expect(Object.keys(approvalTypeLabels).sort()).toEqual([...approvalTypes].sort());
    for (const label of Object.values(approvalTypeLabels)) {
      expect(label.zh).toMatch(/\p{Script=Han}/u);
      expect(label.en.trim()).not.toBe('');
    }
  });

  it.each(caseApprovalTypes)('includes the transition approval type %s', (type) => {
    expect(approvalTypes).toContain(type);
  });

  it('includes every approval type a stage action needs', () => {
    const needed: string[] = [
      ...Object.values(actionApprovals).map((requirement) => requirement.type),
      ...Object.values(extraActionApprovals),
    ];
    expect(needed.length).toBeGreaterThan(caseApprovalTypes.length);
    for (const type of needed) expect(approvalTypes).toContain(type as ApprovalType);
  });
});
