import { describe, expect, it } from 'vitest';
import {
  addYears,
  checkNonRegistrationNotice,
  isRetroApprovalOverdue,
  requiresComplainantNotice,
  retroApprovalDue,
  routeComplaint,
} from './initiation';
import { caught } from '../shared/test-support';

describe('INIT-08 (临西 第六条): complaints more than 2 years after the violation ended are not accepted', () => {
  it('routes a complaint received 2 years and a day after the violation ended to 不予受理', () => {
    expect(routeComplaint({ violationEndedOn: '2024-03-10', receivedOn: '2026-03-11' })).toEqual({
      route: 'notAccepted',
      action: 'refuseAcceptance',
      document: '不予受理决定书',
      requirementId: 'INIT-08',
      article: '002 临西 第六条',
    });
  });

  it('proceeds with a complaint received exactly 2 years after the violation ended', () => {
    expect(routeComplaint({ violationEndedOn: '2024-03-10', receivedOn: '2026-03-10' })).toEqual({ route: 'proceed' });
  });

  it('counts two years from 29 February to 28 February', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(routeComplaint({ violationEndedOn: '2024-02-29', receivedOn: '2026-03-01' }).route).toBe('notAccepted');
    expect(routeComplaint({ violationEndedOn: '2024-02-29', receivedOn: '2026-02-28' }).route).toBe('proceed');
  });
});

describe('INIT-06: declining a real-name complaint or report needs a recorded notice to its author', () => {
  it('refuses to decline a real-name complaint without a notice', () => {
    expect(
      caught(() => checkNonRegistrationNotice({ source: 'complaint', realName: true, notice: null })),
    ).toMatchObject({ code: 'case.complainant_notice_required' });
  });

  it('refuses a notice without a method', () => {
    const notice = { notifiedOn: '2026-06-01', method: ' ' };
    expect(caught(() => checkNonRegistrationNotice({ source: 'report', realName: true, notice }))).toMatchObject({
      code: 'case.complainant_notice_required',
    });
  });

  it('accepts a real-name report once the notice is recorded', () => {
    const notice = { notifiedOn: '2026-06-01', method: '电话告知' };
    expect(() => checkNonRegistrationNotice({ source: 'report', realName: true, notice })).not.toThrow();
  });

  it.each([
    ['an anonymous complaint', 'complaint', false, false],
    ['an ex officio matter', 'exOfficio', true, false],
    ['a real-name report', 'report', true, true],
  ] as const)('asks for a notice for %s: %s', (_name, source, realName, expected) => {
    expect(requiresComplainantNotice(source, realName)).toBe(expected);
  });
});

describe('INIT-07: an emergency start needs its approval within 24 hours', () => {
  const startedAt = '2026-06-15T02:30:00.000Z';

  it('makes the retrospective approval due 24 hours after the start', () => {
    expect(retroApprovalDue(startedAt)).toBe('2026-06-16T02:30:00.000Z');
  });

  it.each([
    ['approved a minute late', '2026-06-16T02:31:00.000Z', '2026-06-16T03:00:00.000Z', true],
    ['not approved and past the deadline', null, '2026-06-16T02:30:00.001Z', true],
    ['approved exactly at the deadline', '2026-06-16T02:30:00.000Z', '2026-06-20T00:00:00.000Z', false],
    ['not approved yet but within 24 hours', null, '2026-06-16T02:29:59.999Z', false],
  ])('is overdue when %s: %s', (_name, approvedAt, now, overdue) => {
    expect(isRetroApprovalOverdue(startedAt, approvedAt, now)).toBe(overdue);
  });

  it('refuses a start time that is not an instant', () => {
    expect(caught(() => retroApprovalDue('yesterday'))).toMatchObject({ code: 'request.invalid' });
  });
});
