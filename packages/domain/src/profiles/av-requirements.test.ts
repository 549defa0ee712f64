import { describe, expect, it } from 'vitest';
import { activityAvStatus, avExceptionProblems, avRequirementOf, type LinkedAvRecord } from './av-requirements';
import type { AvRequirementRule, Profile } from './profile';

type AvPart = Pick<Profile, 'av'>;

function profileWith(requirements: AvRequirementRule[], overrides: Partial<Profile['av']> = {}): AvPart {
  return {
    av: {
      requirements,
      unsuitableException: null,
      objectiveLimitation: null,
      continuity: { toleranceSeconds: 2, everyBodyCamRecording: false, article: null },
      keyContent: null,
      mounting: null,
      announcement: null,
      caseMetadata: null,
      partyReview: null,
      ...overrides,
    },
  };
}

const general = { procedure: 'general', act: 'penalty' } as const;
const simplified = { procedure: 'simplified', act: 'penalty' } as const;
const window = { startedAt: '2026-11-24T09:00:00+08:00', endedAt: '2026-11-24T10:00:00+08:00' };

function record(id: string, from: string, to: string, deviceNumber: string | null = 'DSJ-1'): LinkedAvRecord {
  return { id, deviceNumber, capturedFrom: from, capturedTo: to };
}

describe('AV-01: the requirement of an activity is the strictest matching rule of the profile', () => {
  const profile = profileWith([
    { activity: 'siteInspection', level: 'R', article: '000 第十一条' },
    { activity: 'siteInspection', when: { act: ['inspection'] }, level: 'W', article: '000 第十六条' },
    { activity: 'service', when: { serviceMethod: ['lodged'] }, level: 'C', article: '000 第十七条' },
    { activity: '*', when: { procedure: 'simplified', disputeProne: true }, level: 'R', article: '000 第十四条' },
    { activity: 'inquiry', level: 'O', article: '000 第十一条' },
  ]);

  it('AV-01: picks W over R when the inspection condition holds, R otherwise', () => {
    expect(avRequirementOf(profile, { type: 'siteInspection' }, general)).toMatchObject({ level: 'R' });
    expect(
      avRequirementOf(profile, { type: 'siteInspection' }, { procedure: 'general', act: 'inspection' }),
    ).toMatchObject({ level: 'W', article: '000 第十六条' });
  });

  it('AV-01: a conditional rule applies only when the activity states the condition', () => {
    expect(avRequirementOf(profile, { type: 'service' }, general)).toBeNull();
    expect(avRequirementOf(profile, { type: 'service', context: { serviceMethod: 'postal' } }, general)).toBeNull();
    expect(avRequirementOf(profile, { type: 'service', context: { serviceMethod: 'lodged' } }, general)).toMatchObject({
      level: 'C',
      article: '000 第十七条',
    });
    expect(avRequirementOf(profile, { type: 'decision' }, simplified)).toBeNull();
    expect(avRequirementOf(profile, { type: 'decision', context: { disputeProne: true } }, simplified)).toMatchObject({
      level: 'R',
    });
    expect(avRequirementOf(profile, { type: 'decision', context: { disputeProne: true } }, general)).toBeNull();
  });

  it('AV-01: O, L and T are allowed but not enforced', () => {
    const requirement = avRequirementOf(profile, { type: 'inquiry' }, general);
    expect(requirement?.level).toBe('O');
    const status = activityAvStatus({ profile, requirement, activity: window, records: [] });
    expect(status.state).toBe('notRequired');
  });
});

describe('AV-01, AV-03: whether an activity has the A/V it needs', () => {
  const profile = profileWith([
    { activity: 'sampling', level: 'R', article: '001 第十五条' },
    { activity: 'hearing', level: 'W', article: '002 第八条' },
    { activity: 'siteInspection', level: 'C', article: '001 第十五条' },
  ]);
  const status = (
    type: 'sampling' | 'hearing' | 'siteInspection',
    records: LinkedAvRecord[],
    endedAt = window.endedAt,
  ) =>
    activityAvStatus({
      profile,
      requirement: avRequirementOf(profile, { type }, general),
      activity: { startedAt: window.startedAt, endedAt },
      records,
    });

  it('AV-01 R: missing without a linked record, satisfied with one', () => {
    expect(status('sampling', []).state).toBe('missing');
    expect(status('sampling', [record('a', '2026-11-24T01:10:00Z', '2026-11-24T01:11:00Z')]).state).toBe('satisfied');
  });

  it('AV-01 W: partial when the recording starts late, naming the uncovered stretch; satisfied when it covers', () => {
    const late = status('hearing', [record('a', '2026-11-24T01:20:00Z', '2026-11-24T02:00:00Z')]);
    expect(late.state).toBe('partial');
    expect(late.uncovered).toEqual([
      { from: '2026-11-24T01:00:00.000Z', to: '2026-11-24T01:20:00.000Z', seconds: 1200 },
    ]);
    const covering = status('hearing', [
      record('a', '2026-11-24T00:59:00Z', '2026-11-24T01:30:00Z'),
      record('b', '2026-11-24T01:30:01Z', '2026-11-24T02:00:30Z', 'DSJ-2'),
    ]);
    expect(covering.state).toBe('satisfied');
  });

  it('AV-03 C: a break longer than the split tolerance between segments of one device is an interruption', () => {
    const broken = status('siteInspection', [
      record('a', '2026-11-24T00:59:00Z', '2026-11-24T01:30:00Z'),
      record('b', '2026-11-24T01:31:00Z', '2026-11-24T02:01:00Z'),
    ]);
    expect(broken.state).toBe('interrupted');
    expect(broken.gaps).toEqual([{ deviceNumber: 'DSJ-1', beforeId: 'a', afterId: 'b', seconds: 60, reason: null }]);
    const split = status('siteInspection', [
      record('a', '2026-11-24T00:59:00Z', '2026-11-24T01:30:00Z'),
      record('b', '2026-11-24T01:30:01Z', '2026-11-24T02:01:00Z'),
    ]);
    expect(split.state).toBe('satisfied');
  });

  it('AV-03: a break whose reason is recorded is explained, not cured; an unexplained one stays an interruption', () => {
    const records = [
      record('a', '2026-11-24T00:59:00Z', '2026-11-24T01:30:00Z'),
      record('b', '2026-11-24T01:31:00Z', '2026-11-24T02:01:00Z'),
    ];
    const requirement = avRequirementOf(profile, { type: 'siteInspection' }, general);
    const base = { profile, requirement, activity: window, records };
    const explained = activityAvStatus({ ...base, gapNotes: [{ beforeId: 'a', afterId: 'b', reason: '更换电池' }] });
    expect(explained.state).toBe('explained');
    expect(explained.gaps).toEqual([
      { deviceNumber: 'DSJ-1', beforeId: 'a', afterId: 'b', seconds: 60, reason: '更换电池' },
    ]);
    const otherPair = activityAvStatus({ ...base, gapNotes: [{ beforeId: 'b', afterId: 'a', reason: '更换电池' }] });
    expect(otherPair.state).toBe('interrupted');
  });

  it('AV-01: records without capture times cannot show coverage and are named', () => {
    const undated = status('hearing', [{ id: 'x', deviceNumber: null, capturedFrom: null, capturedTo: null }]);
    expect(undated.state).toBe('partial');
    expect(undated.undated).toEqual(['x']);
  });

  it('AV-01: an activity still open is judged from its start', () => {
    expect(status('hearing', [record('a', '2026-11-24T00:59:00Z', '2026-11-24T01:00:30Z')], null as never).state).toBe(
      'satisfied',
    );
  });
});

describe('AV-02, AV-10: exceptions to the A/V requirement', () => {
  const rule: AvRequirementRule = { activity: 'siteInspection', level: 'R', article: '000 第十一条' };
  const input = { level: 'R' as const, linkedCount: 0, hasWrittenRecord: false };

  it('AV-02: refused where the profile has no such exception (HS, LX)', () => {
    expect(avExceptionProblems(profileWith([rule]), { kind: 'unsuitable', reason: '现场涉密' }, input)).toEqual([
      'av.exception_not_allowed',
    ]);
  });

  it('AV-02: BX accepts it without a reason; FS requires the reason in writing', () => {
    const bx = profileWith([rule], { unsuitableException: { reasonRequired: false, article: '000 第十一条' } });
    expect(avExceptionProblems(bx, { kind: 'unsuitable' }, input)).toEqual([]);
    const fs = profileWith([rule], { unsuitableException: { reasonRequired: true, article: '003 第十二条' } });
    expect(avExceptionProblems(fs, { kind: 'unsuitable', reason: '  ' }, input)).toEqual([
      'av.unsuitable_reason_required',
    ]);
    expect(avExceptionProblems(fs, { kind: 'unsuitable', reason: '涉及个人隐私' }, input)).toEqual([]);
  });

  it('AV-10: XG objective limitation needs the reason, key-step A/V and the written record', () => {
    const xg = profileWith([{ activity: 'inquiry', level: 'WS', article: '004 第十七条' }], {
      objectiveLimitation: { article: '004 第十七条' },
    });
    expect(
      avExceptionProblems(
        xg,
        { kind: 'objectiveLimitation' },
        { level: 'WS', linkedCount: 0, hasWrittenRecord: false },
      ),
    ).toEqual(['av.limitation_reason_required', 'av.key_steps_required', 'av.written_record_required']);
    expect(
      avExceptionProblems(
        xg,
        { kind: 'objectiveLimitation', reason: '执法记录仪故障' },
        { level: 'WS', linkedCount: 1, hasWrittenRecord: true },
      ),
    ).toEqual([]);
    expect(
      avExceptionProblems(
        xg,
        { kind: 'objectiveLimitation', reason: '执法记录仪故障' },
        { level: 'R', linkedCount: 1, hasWrittenRecord: true },
      ),
    ).toEqual(['av.exception_not_allowed']);
  });

  it('AV-10: a partial whole-process recording with an accepted limitation is excepted', () => {
    const xg = profileWith([{ activity: 'inquiry', level: 'WS', article: '004 第十七条' }], {
      objectiveLimitation: { article: '004 第十七条' },
    });
    const requirement = avRequirementOf(xg, { type: 'inquiry' }, general);
    const keyStep = [record('k', '2026-11-24T01:10:00Z', '2026-11-24T01:12:00Z')];
    const base = { profile: xg, requirement, activity: window, records: keyStep };
    expect(activityAvStatus(base).state).toBe('partial');
    const excepted = activityAvStatus({
      ...base,
      exception: { kind: 'objectiveLimitation', reason: '执法记录仪电量耗尽' },
      hasWrittenRecord: true,
    });
    expect(excepted.state).toBe('excepted');
    const noRecord = activityAvStatus({
      ...base,
      exception: { kind: 'objectiveLimitation', reason: '执法记录仪电量耗尽' },
      hasWrittenRecord: false,
    });
    expect(noRecord).toMatchObject({ state: 'partial', exceptionProblems: ['av.written_record_required'] });
  });
});
