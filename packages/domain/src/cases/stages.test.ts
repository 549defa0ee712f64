import { describe, expect, it } from 'vitest';
import { caseProcedures } from './case';
import {
  actionApprovals,
  approvalRequiredFor,
  availableActions,
  caseActionLabels,
  caseActions,
  caseStageLabels,
  caseStageTransitions,
  caseStages,
  isFinishedStage,
  nextStage,
  type CaseAction,
  type CaseStage,
} from './stages';
import { caught } from '../shared/test-support';

describe('GEN-03: the general procedure runs 程序启动 → 调查取证 → 审查决定 → 送达 → 执行 → 结案 → 归档', () => {
  it('walks a case along the main line, one action per stage', () => {
    const path: [CaseAction, CaseStage][] = [
      ['register', 'investigation'],
      ['endInvestigation', 'review'],
      ['decide', 'service'],
      ['serve', 'execution'],
      ['close', 'closed'],
      ['archive', 'archived'],
    ];
    let stage: CaseStage = 'initiation';
    for (const [action, to] of path) {
      stage = nextStage(stage, action);
      expect(stage).toBe(to);
    }
  });

  it.each<[CaseStage, CaseAction, CaseStage]>([
    ['initiation', 'refuseAcceptance', 'notAccepted'],
    ['initiation', 'declineRegistration', 'notRegistered'],
    ['initiation', 'refer', 'referred'],
    ['investigation', 'cancelRegistration', 'registrationCancelled'],
    ['investigation', 'refer', 'referred'],
    ['review', 'cancelRegistration', 'registrationCancelled'],
    ['review', 'reopenInvestigation', 'investigation'],
    ['execution', 'terminate', 'terminated'],
    ['service', 'close', 'closed'],
    ['notAccepted', 'archive', 'archived'],
    ['referred', 'archive', 'archived'],
  ])('from %s, %s leads to %s', (stage, action, to) => {
    expect(nextStage(stage, action)).toBe(to);
  });

  it.each<[CaseStage, CaseAction]>([
    ['initiation', 'decide'],
    ['initiation', 'close'],
    ['investigation', 'decide'],
    ['review', 'archive'],
    ['closed', 'register'],
    ['archived', 'archive'],
    ['notRegistered', 'register'],
    ['initiation', 'decideOnSpot'],
  ])('refuses %s → %s with case.transition_not_allowed naming the stage and action', (stage, action) => {
    expect(caught(() => nextStage(stage, action))).toMatchObject({
      code: 'case.transition_not_allowed',
      details: { procedure: 'general', stage, action },
    });
  });

  it('lists the actions a stage allows, in table order', () => {
    expect(availableActions('initiation')).toEqual([
      'register',
      'startEmergency',
      'refuseAcceptance',
      'declineRegistration',
      'refer',
    ]);
    expect(availableActions('archived')).toEqual([]);
  });

  it('treats closed cases and early outcomes as finished, and the main line as not', () => {
    expect(caseStages.filter(isFinishedStage)).toEqual([
      'closed',
      'archived',
      'notAccepted',
      'notRegistered',
      'registrationCancelled',
      'referred',
      'terminated',
    ]);
  });
});

describe('SIMP-01/SIMP-03: the simplified procedure decides and serves on the spot, skipping investigation and review', () => {
  it('goes from initiation straight to execution with an on-the-spot decision, then closes and archives', () => {
    const executing = nextStage('initiation', 'decideOnSpot', 'simplified');
    expect(executing).toBe('execution');
    expect(nextStage(nextStage(executing, 'close', 'simplified'), 'archive', 'simplified')).toBe('archived');
  });

  it('refuses the general-procedure registration in a simplified case', () => {
    expect(caught(() => nextStage('initiation', 'register', 'simplified'))).toMatchObject({
      code: 'case.transition_not_allowed',
      details: { procedure: 'simplified', stage: 'initiation', action: 'register' },
    });
  });
});

describe('the transition table', () => {
  it.each(caseProcedures)('only leads to known stages under the %s procedure', (procedure) => {
    const table: Record<string, Record<string, string>> = caseStageTransitions[procedure];
    for (const stage of caseStages) {
      for (const [action, to] of Object.entries(table[stage] ?? {})) {
        expect(caseActions).toContain(action);
        expect(caseStages).toContain(to);
      }
    }
  });

  it('reaches every stage of the general procedure from initiation', () => {
    const seen = new Set<CaseStage>(['initiation']);
    const queue: CaseStage[] = ['initiation'];
    for (let stage = queue.shift(); stage; stage = queue.shift()) {
      for (const action of availableActions(stage)) {
        const to = nextStage(stage, action);
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
    expect([...seen].sort()).toEqual([...caseStages].sort());
  });

  it('gives every stage and action a Chinese and an English label', () => {
    for (const label of [...Object.values(caseStageLabels), ...Object.values(caseActionLabels)]) {
      expect(label.zh).toMatch(/\p{Script=Han}/u);
      expect(label.en.trim()).not.toBe('');
    }
  });
});

describe('APPR-01: transitions that need an internal approval say which', () => {
  it.each<[CaseAction, string, string]>([
    ['register', 'registration', 'INIT-03'],
    ['refuseAcceptance', 'nonAcceptance', 'INIT-08'],
    ['decide', 'decision', 'DEC-05'],
    ['close', 'closure', 'CLOSE-01'],
    ['cancelRegistration', 'registrationCancellation', 'DEC-10'],
    ['refer', 'referral', 'INIT-10'],
  ])('requires approval before %s (%s, %s)', (action, type, requirementId) => {
    expect(approvalRequiredFor(action)).toMatchObject({ type, timing: 'before' });
    expect(approvalRequiredFor(action)?.requirementIds).toContain(requirementId);
  });

  it('INIT-07: lets an emergency start go ahead, with the approval following within 24 hours', () => {
    expect(approvalRequiredFor('startEmergency')).toMatchObject({ type: 'retroRegistration', timing: 'within24h' });
  });

  it('needs no approval to end an investigation, serve or archive', () => {
    for (const action of ['endInvestigation', 'serve', 'archive'] as const) {
      expect(approvalRequiredFor(action)).toBeNull();
    }
  });

  it('only names actions that exist', () => {
    for (const action of Object.keys(actionApprovals)) expect(caseActions).toContain(action);
  });
});
