import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localDateOf } from '@liuhen/domain';
import { afterEach, expect, it } from 'vitest';
import { uploadAv } from '../../test/av-fixture';
import {
  approve,
  type CaseFixture,
  complaintCase,
  createCaseFixture,
  move,
  readyToClose,
} from '../../test/case-fixture';
import { describeEachDatabase } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/test-app';
import { shippedProfilesDir } from '../profiles/profile-registry';
import { sweepCompliance } from './compliance.usecases';
import { loadCaseSnapshots } from './snapshot.repository';

/**
 * The agency's own profile for these tests: Hengshan's rules, with AV-01 blocking the end of the investigation as
 * well as the close, so one case meets two blocked transitions (and an override cannot be used twice).
 */
function strictProfileDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'liuhen-profiles-'));
  const text = readFileSync(path.join(shippedProfilesDir, 'hengshan.yaml'), 'utf8')
    .replace(/^id: hengshan$/m, 'id: hengshan-strict')
    .replace(
      /- \{ action: close, rules: \[AV-01, EXEC-03\] \}/,
      '- { action: endInvestigation, rules: [AV-01] }\n    - { action: close, rules: [AV-01, EXEC-03] }',
    );
  writeFileSync(path.join(dir, 'hengshan-strict.yaml'), text);
  return dir;
}

describeEachDatabase('compliance engine over HTTP (issue 6)', (dialect) => {
  let t: TestApp;
  let f: CaseFixture;
  afterEach(async () => {
    await t.close();
  });
  async function start(settings: Record<string, unknown> = {}) {
    t = await createTestApp(dialect, settings);
    f = await createCaseFixture(t);
  }

  /** A registered case (handled by 张伟 and 李娜 unless `handlers`) with one site inspection at `at` (+08:00). */
  async function caseWithInspection(
    input: {
      by?: CaseFixture['zhang'];
      reviewer?: CaseFixture['zhang']['client'];
      handlers?: string[];
      at?: string;
    } = {},
  ) {
    const by = input.by ?? f.zhang;
    const created = await by.client.post(
      '/api/cases',
      complaintCase(f, input.handlers ? { handlerIds: input.handlers } : {}),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const caseId = created.body.id as string;
    await approve(f, caseId, 'registration', {
      proposer: by.client,
      ...(input.reviewer ? { reviewer: input.reviewer } : {}),
    });
    expect((await move(by.client, caseId, 'register')).body.stage).toBe('investigation');
    const day = input.at ?? '2026-11-24';
    const activity = await by.client.post(`/api/cases/${caseId}/activities`, {
      type: 'siteInspection',
      startedAt: `${day}T09:00:00+08:00`,
      endedAt: `${day}T10:00:00+08:00`,
      place: '某公司生产车间',
      officers: (input.handlers ?? [f.zhang.id, f.li.id]).map((userId) => ({ userId, certificateShown: true })),
    });
    expect(activity.status, JSON.stringify(activity.body)).toBe(201);
    return { caseId, activityId: activity.body.id as string };
  }

  /** The stored findings of one rule (other rules of the profile report on the same case too). */
  async function stored(caseId: string, rule = 'AV-01') {
    return t.db
      .selectFrom('compliance_findings')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('rule', '=', rule)
      .execute();
  }

  it('loads a snapshot of everything on record: handlers, events, activities, current document versions and linked A/V', async () => {
    await start();
    const { caseId, activityId } = await caseWithInspection();
    const document = await f.zhang.client.post(`/api/cases/${caseId}/documents`, {
      typeCode: 'siteInspectionRecord',
      activityId,
      data: { place: '某公司生产车间' },
    });
    expect(document.status, JSON.stringify(document.body)).toBe(201);
    const recordId = await uploadAv(t, f.zhang.client, {
      caseId,
      activityId,
      deviceType: 'bodyCam',
      deviceNumber: 'DSJ-7',
      capturedFrom: '2026-11-24T08:59:00+08:00',
      capturedTo: '2026-11-24T10:01:00+08:00',
    });
    const [loaded] = await loadCaseSnapshots(t.db, [caseId, 'no-such-case']);
    const snapshot = loaded!.snapshot;
    expect(snapshot).toMatchObject({
      id: caseId,
      stage: 'investigation',
      procedure: 'general',
      act: 'penalty',
      source: 'complaint',
      handlerIds: [f.zhang.id, f.li.id],
      emergency: null,
      hearingReport: null,
      rectification: null,
    });
    expect(snapshot.events.map((event) => event.action)).toEqual(['open', 'register']);
    // APPR-01: the registration rests on its approval, whose steps are loaded in the order taken.
    const [registration] = snapshot.approvals;
    expect(registration).toMatchObject({ type: 'registration', status: 'approved', activityId: null });
    expect(snapshot.events[1]!.approvalId).toBe(registration!.id);
    expect(registration!.steps.map((step) => [step.kind, step.agree])).toEqual(
      expect.arrayContaining([
        ['propose', true],
        ['approve', true],
      ]),
    );
    expect(registration!.steps.at(-1)).toMatchObject({ kind: 'approve', userId: f.chief.id });
    expect(snapshot.activities).toEqual([
      expect.objectContaining({
        id: activityId,
        type: 'siteInspection',
        startedAt: '2026-11-24T09:00:00+08:00',
        exception: null,
        gapNotes: [],
        recordedBy: f.zhang.id,
        officers: [
          expect.objectContaining({ userId: f.zhang.id, name: '张伟', certificateShown: true }),
          expect.anything(),
        ],
      }),
    ]);
    expect(snapshot.documents).toEqual([
      expect.objectContaining({
        id: document.body.id,
        typeCode: 'siteInspectionRecord',
        status: 'draft',
        activityId,
        data: expect.objectContaining({ place: '某公司生产车间' }),
      }),
    ]);
    expect(snapshot.avRecords).toEqual([
      expect.objectContaining({
        id: recordId,
        activityId,
        deviceNumber: 'DSJ-7',
        deviceType: 'bodyCam',
        capturedFrom: '2026-11-24T00:59:00.000Z',
        uploadedBy: f.zhang.id,
      }),
    ]);
  });

  it('re-evaluates a case after each change: recording an activity stores its AV-01 finding, linking footage settles it', async () => {
    await start();
    const created = await f.zhang.client.post('/api/cases', complaintCase(f));
    const caseId = created.body.id as string;
    expect(await stored(caseId)).toEqual([]);
    const state = await t.db.selectFrom('compliance_state').selectAll().where('case_id', '=', caseId).execute();
    expect(state).toHaveLength(1);

    await approve(f, caseId, 'registration');
    await move(f.zhang.client, caseId, 'register');
    const activity = await f.zhang.client.post(`/api/cases/${caseId}/activities`, {
      type: 'siteInspection',
      startedAt: '2026-11-24T09:00:00+08:00',
      endedAt: '2026-11-24T10:00:00+08:00',
      place: '某公司生产车间',
      officers: [
        { userId: f.zhang.id, certificateShown: true },
        { userId: f.li.id, certificateShown: true },
      ],
    });
    const findings = await stored(caseId);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'AV-01',
        article: '001 第十五条',
        status: 'open',
        severity: 'warning',
        subject_type: 'activity',
        subject_id: activity.body.id,
        profile_id: 'hengshan',
      }),
    ]);
    expect(JSON.parse(findings[0]!.responsible_ids)).toEqual([f.zhang.id, f.li.id]);
    const { next_due_at } = await t.db
      .selectFrom('compliance_state')
      .select('next_due_at')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(next_due_at).not.toBeNull();

    await uploadAv(t, f.zhang.client, {
      caseId,
      activityId: activity.body.id,
      deviceType: 'bodyCam',
      deviceNumber: 'DSJ-7',
      capturedFrom: '2026-11-24T08:59:00+08:00',
      capturedTo: '2026-11-24T10:01:00+08:00',
    });
    expect(await stored(caseId)).toEqual([]);
    // Derived data: no ledger entry for an evaluation.
    expect((await t.trail()).some((entry) => entry.action.startsWith('compliance'))).toBe(false);
  });

  it('the sweep turns an open item overdue when the clock passes its due time with nothing recorded', async () => {
    await start();
    const { caseId } = await caseWithInspection();
    const [open] = await stored(caseId);
    expect(open).toMatchObject({ rule: 'AV-01', status: 'open' });
    const due = open!.due_at!;
    t.clock.set(new Date(Date.parse(due) + 60_000).toISOString());
    // Nothing changed on the case: its stored finding is as it was until the sweep runs.
    expect((await stored(caseId))[0]).toMatchObject({ status: 'open' });
    expect(await sweepCompliance(t.deps, { full: false })).toBeGreaterThanOrEqual(1);
    expect((await stored(caseId))[0]).toMatchObject({ rule: 'AV-01', status: 'overdue', severity: 'violation' });
    // Overdue is final: the case leaves the sweep's due list.
    const state = await t.db
      .selectFrom('compliance_state')
      .selectAll()
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    expect(state!.next_due_at).toBeNull();

    // The sessions idled out while the clock moved on.
    await f.zhang.client.login('zhangwei', 'Own-Password-9');
    await f.stranger.client.login('sunli', 'Own-Password-9');
    const checklist = await f.zhang.client.get(`/api/cases/${caseId}/compliance`);
    expect(checklist.status).toBe(200);
    expect(checklist.body.items).toContainEqual(
      expect.objectContaining({
        rule: 'AV-01',
        status: 'overdue',
        responsible: [
          { id: f.zhang.id, name: '张伟' },
          { id: f.li.id, name: '李娜' },
        ],
      }),
    );
    expect((await f.stranger.client.get(`/api/cases/${caseId}/compliance`)).status).toBe(404);
  });

  it('the agency list filters by unit, officer, severity and rule, and hides cases the actor cannot read', async () => {
    await start();
    const mine = await caseWithInspection();
    // A case of the other section, handled by 孙丽 and 李娜, whose inspection long passed its storage deadline.
    const otherHead = await t.userClient({ username: 'qianjun', roles: ['unitHead'], unitId: f.other.id });
    const theirs = await caseWithInspection({
      by: f.stranger,
      reviewer: otherHead.client,
      handlers: [f.stranger.id, f.li.id],
      at: '2026-11-02',
    });
    const all = await f.chief.client.get('/api/compliance?rule=AV-01');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(2);
    expect(all.body.counts).toEqual({ violation: 1, warning: 1, info: 0 });
    expect(all.body.items[0]).toMatchObject({
      case: { id: theirs.caseId },
      severity: 'violation',
      unit: { id: f.other.id, name: '劳动保障监察二科' },
    });

    const ids = async (client: typeof f.chief.client, query: string) =>
      ((await client.get(`/api/compliance?rule=AV-01${query}`)).body.items as { case: { id: string } }[]).map(
        (item) => item.case.id,
      );
    expect(await ids(f.chief.client, `&unitId=${f.section.id}`)).toEqual([mine.caseId]);
    expect(await ids(f.chief.client, `&officerId=${f.stranger.id}`)).toEqual([theirs.caseId]);
    expect(await ids(f.chief.client, `&officerId=${f.li.id}`)).toHaveLength(2);
    expect(await ids(f.chief.client, '&severity=warning')).toEqual([mine.caseId]);
    expect(await ids(f.chief.client, '&severity=violation')).toEqual([theirs.caseId]);
    const exec = await f.chief.client.get('/api/compliance?rule=EXEC-03');
    expect(exec.body).toMatchObject({ items: [], total: 0 });
    // 张伟 reads his own section's cases and those he handles: not the other section's.
    expect(await ids(f.zhang.client, '')).toEqual([mine.caseId]);
    expect((await f.zhang.client.get('/api/compliance?rule=AV-01')).body.counts).toEqual({
      violation: 0,
      warning: 1,
      info: 0,
    });
    expect(await ids(f.stranger.client, '')).toEqual([theirs.caseId]);
    expect(await ids(f.li.client, '')).toHaveLength(2);
    expect((await f.admin.get('/api/compliance')).status).toBe(403);

    // The administrator re-evaluates every case (after a profile or calendar change); officers may not.
    expect((await f.zhang.client.post('/api/compliance/reevaluate', {})).status).toBe(403);
    const again = await f.admin.post('/api/compliance/reevaluate', {});
    expect(again.status).toBe(200);
    expect(again.body.count).toBe(2);
    // Nothing changed since each case's last evaluation: no findings row is rewritten, only the evaluation time.
    expect(again.body.changed).toBe(0);
    const before = (await stored(mine.caseId)).map((row) => row.id);
    expect(before).toHaveLength(1);

    // The clock passes 张伟's storage deadline: that case's findings change, the other case's stay as they were.
    const [open] = await stored(mine.caseId);
    t.clock.set(new Date(Date.parse(open!.due_at!) + 60_000).toISOString());
    const theirsBefore = (await stored(theirs.caseId)).map((row) => row.id);
    // The sessions idled out while the clock moved on.
    const admin = await t.admin();
    const later = await admin.post('/api/compliance/reevaluate', {});
    expect(later.body).toMatchObject({ count: 2, changed: 1 });
    const [overdue] = await stored(mine.caseId);
    expect(overdue).toMatchObject({ rule: 'AV-01', status: 'overdue' });
    expect(overdue!.id).not.toBe(before[0]);
    expect((await stored(theirs.caseId)).map((row) => row.id)).toEqual(theirsBefore);
    await f.chief.client.login('liuyang', 'Own-Password-9');
    const listed = await f.chief.client.get(`/api/compliance?caseId=${theirs.caseId}`);
    // The list shows when the case was last evaluated (after the clock moved), though its rows were written before.
    const movedTo = Date.parse(open!.due_at!) + 60_000;
    expect(Date.parse(listed.body.items[0].evaluatedAt)).toBeGreaterThanOrEqual(movedTo);
    const [row] = await stored(theirs.caseId);
    expect(Date.parse(row!.evaluated_at)).toBeLessThan(movedTo);
  });

  it('blocks a transition on open findings of its rules, naming them; an approved, unused 合规例外审批 overrides once', async () => {
    await start({ profilesDir: strictProfileDir(), profile: 'hengshan-strict' });
    const { caseId, activityId } = await caseWithInspection();
    const blocked = await move(f.zhang.client, caseId, 'endInvestigation');
    expect(blocked.status).toBe(409);
    expect(blocked.body.error).toMatchObject({
      code: 'compliance.blocked',
      details: { count: 1, rules: 'AV-01', articles: '001 第十五条' },
    });
    expect(blocked.body.error.message).toContain('AV-01');

    // A proposed (not yet approved) override is refused, and so is an approval of another type.
    const proposed = await f.zhang.client.post(`/api/cases/${caseId}/approvals`, {
      type: 'complianceOverride',
      opinion: '现场执法记录仪故障，申请合规例外',
      reasons: '已书面说明',
    });
    expect(proposed.status).toBe(201);
    const override = { reason: '执法记录仪故障，已书面说明', approvalId: proposed.body.id };
    const early = await move(f.zhang.client, caseId, 'endInvestigation', { override });
    expect(early.body.error).toMatchObject({
      code: 'compliance.override_invalid',
      details: { approvalId: proposed.body.id },
    });
    const registration = (await f.zhang.client.get(`/api/cases/${caseId}`)).body.approvals[0].id as string;
    const wrongType = await move(f.zhang.client, caseId, 'endInvestigation', {
      override: { ...override, approvalId: registration },
    });
    expect(wrongType.body.error.code).toBe('compliance.override_invalid');

    await f.head.client.post(`/api/approvals/${proposed.body.id}/review`, { agree: true, opinion: '同意' });
    await f.chief.client.post(`/api/approvals/${proposed.body.id}/approve`, { agree: true, opinion: '批准' });
    const passed = await move(f.zhang.client, caseId, 'endInvestigation', { override });
    expect(passed.status, JSON.stringify(passed.body)).toBe(200);
    expect(passed.body.stage).toBe('review');
    const [entry] = (await t.trail('case.transitioned')).filter(
      (item) => (item.entry.summary as { action: string }).action === 'endInvestigation',
    );
    const recorded = {
      approvalId: proposed.body.id,
      reason: '执法记录仪故障，已书面说明',
      findings: [
        { rule: 'AV-01', article: '001 第十五条', status: 'open', subject: { type: 'activity', id: activityId } },
      ],
    };
    expect(entry!.entry.summary).toMatchObject({ complianceOverride: recorded });
    const event = await t.db
      .selectFrom('case_events')
      .select('details')
      .where('case_id', '=', caseId)
      .where('action', '=', 'endInvestigation')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.details)).toMatchObject({ complianceOverride: recorded });

    // The same approval cannot serve the close as well.
    await readyToClose(f, caseId);
    const reused = await move(f.zhang.client, caseId, 'close', { override });
    expect(reused.body.error).toMatchObject({ code: 'compliance.override_invalid' });
    expect((await move(f.zhang.client, caseId, 'close')).body.error.code).toBe('compliance.blocked');
    const second = await approve(f, caseId, 'complianceOverride');
    const closed = await move(f.zhang.client, caseId, 'close', {
      override: { reason: '同上，经批准结案', approvalId: second.id },
      endedOn: localDateOf(t.clock.now()),
    });
    expect(closed.body.stage).toBe('closed');
  });
});
