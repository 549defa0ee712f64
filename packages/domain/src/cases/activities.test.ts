import { describe, expect, it } from 'vitest';
import { documentCatalog } from '../documents/catalog/index';
import {
  activityInputSchema,
  activityTypeCodes,
  activityTypes,
  checkActivity,
  notifiableRightLabels,
  notifiableRights,
  type ActivityInput,
  type ActivityType,
} from './activities';
import { caseStages, type CaseStage } from './stages';
import { caught } from '../shared/test-support';

const startedAt = '2026-06-15T09:00:00+08:00';

function officers(...userIds: string[]): ActivityInput['officers'] {
  return userIds.map((userId) => ({ userId, certificateShown: true }));
}

function check(
  overrides: Partial<Pick<ActivityInput, 'type' | 'startedAt' | 'endedAt' | 'officers'>> = {},
  stage: CaseStage = 'investigation',
  uncertifiedOfficerNames: readonly string[] = [],
): () => void {
  return () =>
    checkActivity({
      activity: { type: 'inquiry', startedAt, officers: officers('a', 'b'), ...overrides },
      stage,
      uncertifiedOfficerNames,
    });
}

describe('GEN-03: an activity may only be recorded in the stages its type belongs to', () => {
  it.each<[ActivityType, CaseStage]>([
    ['inquiry', 'initiation'],
    ['inquiry', 'execution'],
    ['investigationEnd', 'review'],
    ['hearing', 'investigation'],
    ['performance', 'review'],
    ['closing', 'closed'],
  ])('refuses %s in stage %s with activity.stage_not_allowed naming the type and stage', (type, stage) => {
    expect(caught(check({ type }, stage))).toMatchObject({
      code: 'activity.stage_not_allowed',
      details: { type, stage },
    });
  });

  it.each<[ActivityType, CaseStage]>([
    ['inquiry', 'investigation'],
    ['inquiry', 'review'],
    ['investigationEnd', 'investigation'],
    ['hearing', 'review'],
    ['performance', 'execution'],
    ['closing', 'service'],
    ['decision', 'initiation'],
  ])('accepts %s in stage %s', (type, stage) => {
    expect(() => check({ type }, stage)()).not.toThrow();
  });
});

describe('INV-02: an activity cannot end before it starts', () => {
  it('refuses an end time before the start with activity.ends_before_start', () => {
    expect(caught(check({ endedAt: '2026-06-15T08:59:59+08:00' }))).toMatchObject({
      code: 'activity.ends_before_start',
      details: {},
    });
  });

  it('compares instants, not strings: 01:30Z is after 09:00+08:00 (01:00Z)', () => {
    expect(() => check({ endedAt: '2026-06-15T01:30:00Z' })()).not.toThrow();
    expect(caught(check({ endedAt: '2026-06-15T00:30:00Z' }))).toMatchObject({ code: 'activity.ends_before_start' });
  });

  it('accepts an end at or after the start, and no end at all', () => {
    expect(() => check({ endedAt: startedAt })()).not.toThrow();
    expect(() => check({ endedAt: '2026-06-15T11:30:00+08:00' })()).not.toThrow();
    expect(() => check({ endedAt: undefined })()).not.toThrow();
  });
});

describe('INV-01 / IMPL-01: investigation and enforcement steps need at least two officers present', () => {
  it('refuses a single officer at an inquiry with activity.too_few_officers', () => {
    expect(caught(check({ officers: officers('a') }))).toMatchObject({
      code: 'activity.too_few_officers',
      details: { type: 'inquiry', count: 1 },
    });
  });

  it('refuses an inquiry with no officer at all', () => {
    expect(caught(check({ officers: [] }))).toMatchObject({
      code: 'activity.too_few_officers',
      details: { type: 'inquiry', count: 0 },
    });
  });

  it('counts the same officer listed twice once', () => {
    expect(caught(check({ officers: officers('a', 'a') }))).toMatchObject({
      code: 'activity.too_few_officers',
      details: { type: 'inquiry', count: 1 },
    });
  });

  it('accepts two distinct officers', () => {
    expect(activityTypes.inquiry.needsTwoOfficers).toBe(true);
    expect(() => check({ officers: officers('a', 'b') })()).not.toThrow();
  });

  it.each(activityTypeCodes.filter((type) => activityTypes[type].needsTwoOfficers))(
    'refuses a lone officer for %s, which needs two',
    (type) => {
      const stage = activityTypes[type].stages[0];
      expect(caught(check({ type, officers: officers('a') }, stage))).toMatchObject({
        code: 'activity.too_few_officers',
        details: { type, count: 1 },
      });
    },
  );

  it('accepts a single officer for a type that does not need two (legal review)', () => {
    expect(activityTypes.legalReview.needsTwoOfficers).toBe(false);
    expect(() => check({ type: 'legalReview', officers: officers('a') }, 'review')()).not.toThrow();
  });
});

describe('INV-01 / ROLE-01: every officer present must hold an enforcement certificate in force', () => {
  it('refuses uncertified officers with activity.officer_not_certified, naming the first', () => {
    expect(caught(check({}, 'investigation', ['张三', '李四']))).toMatchObject({
      code: 'activity.officer_not_certified',
      details: { name: '张三' },
    });
  });

  it('refuses an uncertified officer even where one officer suffices', () => {
    expect(caught(check({ type: 'legalReview', officers: officers('a') }, 'review', ['王五']))).toMatchObject({
      code: 'activity.officer_not_certified',
      details: { name: '王五' },
    });
  });

  it('accepts when every officer is certified', () => {
    expect(() => check({}, 'investigation', [])()).not.toThrow();
  });
});

describe('INV-02 / RIGHT-01: the activity input schema', () => {
  const valid = {
    type: 'inquiry',
    startedAt,
    place: '某某公司会议室',
    officers: [
      { userId: 'a', certificateShown: true },
      { userId: 'b', certificateShown: false },
    ],
  };

  function issuePaths(input: unknown): string[] {
    const result = activityInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
  }

  it('parses a minimal activity and defaults the lists to empty', () => {
    expect(activityInputSchema.parse(valid)).toEqual({
      ...valid,
      parties: [],
      witnesses: [],
      rightsNotified: [],
      avRecordIds: [],
    });
  });

  it('parses a full activity with a rights notification', () => {
    const parsed = activityInputSchema.parse({
      ...valid,
      endedAt: '2026-06-15T10:00:00+08:00',
      parties: [{ name: '李四', role: '当事人' }],
      rightsNotified: [{ right: 'statement', method: 'oralOnSite', at: startedAt }],
      avRecordIds: ['av-1'],
    });
    expect(parsed.rightsNotified).toEqual([{ right: 'statement', method: 'oralOnSite', at: startedAt }]);
    expect(parsed.parties).toEqual([{ name: '李四', role: '当事人' }]);
  });

  it.each(['2026-06-15 09:00:00+08:00', '2026-06-15T09:00:00', 'yesterday'])(
    'rejects the start time %s (an ISO instant with offset is required)',
    (bad) => {
      expect(issuePaths({ ...valid, startedAt: bad })).toEqual(['startedAt']);
    },
  );

  it('rejects an empty or blank place', () => {
    expect(issuePaths({ ...valid, place: '' })).toEqual(['place']);
    expect(issuePaths({ ...valid, place: '   ' })).toEqual(['place']);
  });

  it('rejects an unknown activity type', () => {
    expect(issuePaths({ ...valid, type: 'raid' })).toEqual(['type']);
  });

  it('rejects an unknown right in a rights notification', () => {
    const rightsNotified = [{ right: 'appeal', method: 'writtenNotice', at: startedAt }];
    expect(issuePaths({ ...valid, rightsNotified })).toEqual(['rightsNotified.0.right']);
  });
});

describe('activity types are data', () => {
  const documentCodes = new Set(documentCatalog.map((type) => type.code));

  it.each(activityTypeCodes)('%s produces only document types of the catalog', (type) => {
    const documents: readonly string[] = activityTypes[type].documents;
    expect(documents.filter((code) => !documentCodes.has(code))).toEqual([]);
  });

  it('names at least one existing document type for most activities (the check is not vacuous)', () => {
    const all = activityTypeCodes.flatMap((type): readonly string[] => activityTypes[type].documents);
    expect(all.length).toBeGreaterThan(activityTypeCodes.length);
    expect(documentCodes.has('inquiryTranscript')).toBe(true);
  });

  it.each(activityTypeCodes)('%s has zh/en labels, at least one known stage and a requirement ID', (type) => {
    const definition = activityTypes[type];
    expect(definition.zh).toMatch(/\p{Script=Han}/u);
    expect(definition.en.trim()).not.toBe('');
    expect(definition.stages.length).toBeGreaterThanOrEqual(1);
    for (const stage of definition.stages) expect(caseStages).toContain(stage);
    expect(definition.requirementIds.length).toBeGreaterThanOrEqual(1);
    for (const id of definition.requirementIds) expect(id).toMatch(/^[A-Z]+-\d{2}$/);
  });

  it('RIGHT-01: the notifiable rights are exactly the six of the requirement, each labelled', () => {
    expect([...notifiableRights].sort()).toEqual(
      ['defence', 'hearing', 'litigation', 'reconsideration', 'recusal', 'statement'].sort(),
    );
    expect(Object.keys(notifiableRightLabels).sort()).toEqual([...notifiableRights].sort());
    for (const label of Object.values(notifiableRightLabels)) {
      expect(label.zh).toMatch(/\p{Script=Han}/u);
      expect(label.en.trim()).not.toBe('');
    }
  });
});
