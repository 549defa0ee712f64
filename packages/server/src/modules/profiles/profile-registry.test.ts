import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  activityAvStatus,
  type ActivityAvContext,
  activityTypeCodes,
  avRequirementOf,
  enforcedAvLevels,
  type AvRequirementRule,
  activityTypes,
  findDocumentType,
  type Profile,
  profileJsonSchema,
} from '@liuhen/domain';
import { describe, expect, it } from 'vitest';
import { loadProfileFile, loadProfiles, shippedProfilesDir } from './profile-registry';

const shipped = loadProfiles({ agencyDir: null });

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'liuhen-profiles-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const hengshanText = readFileSync(path.join(shippedProfilesDir, 'hengshan.yaml'), 'utf8');

describe('GEN-01: the five shipped profiles, one per seed', () => {
  it('GEN-01: loads the five profiles named for their issuers, each citing its own seed', () => {
    expect(shipped.list().map((entry) => [entry.profile.id, entry.profile.family, entry.profile.source.seed])).toEqual([
      ['benxi-hrss', 'BX', '000'],
      ['dalian-xigang-hrss', 'XG', '004'],
      ['fushun-culture', 'FS', '003'],
      ['hengshan', 'HS', '001'],
      ['linxi-hrss', 'LX', '002'],
    ]);
    for (const entry of shipped.list()) {
      expect(entry.shipped).toBe(true);
      expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(entry.profile.source.article).toBe(`${entry.profile.source.seed} 第一条`);
    }
  });

  it('GEN-01: issuers and legal bases are those the seeds name in 第一条', () => {
    const basis = Object.fromEntries(
      shipped.list().map((entry) => [entry.profile.id, entry.profile.source.legalBasis]),
    );
    expect(basis).toEqual({
      'benxi-hrss': '本政办发〔2019〕33号',
      hengshan: '《衡山县行政执法全过程记录办法》',
      'linxi-hrss': '《河北省行政执法全过程记录办法》',
      'fushun-culture': null,
      'dalian-xigang-hrss': '《行政处罚法》《行政强制法》《中共中央关于全面推进依法治国若干重大问题的决定》',
    });
  });

  it('GEN-01: profiles/profile.schema.json is the published schema of the domain (run scripts/profile-schema.ts)', () => {
    const published = JSON.parse(readFileSync(path.join(shippedProfilesDir, 'profile.schema.json'), 'utf8'));
    expect(published).toEqual(profileJsonSchema());
  });

  it('AVS-01-P, AV-02-P: storage rules and exceptions are the per-profile table of requirements.md', () => {
    const table = Object.fromEntries(
      shipped
        .list()
        .map(({ profile }) => [
          profile.id,
          [
            profile.avStorage.rule,
            profile.avStorage.anchor,
            profile.avStorage.returnException !== null,
            profile.av.unsuitableException?.reasonRequired ?? null,
            profile.av.objectiveLimitation !== null,
          ],
        ]),
    );
    expect(table).toEqual({
      'benxi-hrss': ['hours24', 'recordComplete', false, false, false],
      hengshan: ['workingDays2', 'recordDay', true, null, false],
      'linxi-hrss': ['hours24', 'matterEnd', false, null, false],
      'fushun-culture': ['hours24', 'recordComplete', true, true, false],
      'dalian-xigang-hrss': ['endOfWorkingDay', 'dayEnd', false, null, true],
    });
  });
});

/** The activity and case a rule's condition describes: the smallest context under which the rule matches. */
function subjectOf(rule: AvRequirementRule) {
  const when = rule.when ?? {};
  const context: ActivityAvContext = {
    ...(when.disputeProne ? { disputeProne: true } : {}),
    ...(when.enteringPremises ? { enteringPremises: true } : {}),
    ...(when.serviceMethod ? { serviceMethod: when.serviceMethod[0] } : {}),
    ...(when.measureKind ? { measureKind: when.measureKind[0] } : {}),
    ...(when.executionMethod ? { executionMethod: when.executionMethod[0] } : {}),
  };
  return {
    type: rule.activity === '*' ? activityTypeCodes[0]! : rule.activity,
    context,
    kase: { procedure: when.procedure ?? ('general' as const), act: when.act?.[0] ?? ('penalty' as const) },
  };
}

describe('AV-01-P: every enforced rule of every shipped profile, violated and satisfied', () => {
  const cases = shipped
    .list()
    .flatMap(({ profile }) =>
      profile.av.requirements
        .filter((rule) => enforcedAvLevels.includes(rule.level))
        .map((rule) => ({ profile, rule, name: `${profile.id} ${rule.activity} ${JSON.stringify(rule.when ?? {})}` })),
    );

  it('AV-01: the shipped profiles enforce A/V somewhere (the generated cases are not empty)', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)(
    'AV-01 $name: no A/V is a finding citing the article; covering A/V satisfies it',
    ({ profile, rule }) => {
      const subject = subjectOf(rule);
      const requirement = avRequirementOf(profile, subject, subject.kase);
      expect(requirement, 'the rule applies to the activity it names').not.toBeNull();
      expect(enforcedAvLevels).toContain(requirement!.level);
      const activity = { startedAt: '2026-11-24T09:00:00+08:00', endedAt: '2026-11-24T10:00:00+08:00' };
      const missing = activityAvStatus({ profile, requirement, activity, records: [] });
      expect(missing.state).toBe('missing');
      expect(missing.article).toMatch(new RegExp(`^${profile.source.seed} 第`));
      const covering = activityAvStatus({
        profile,
        requirement,
        activity,
        records: [
          {
            id: 'r1',
            deviceNumber: 'DSJ-1',
            capturedFrom: '2026-11-24T08:59:50+08:00',
            capturedTo: '2026-11-24T10:00:05+08:00',
          },
        ],
      });
      expect(covering.state).toBe('satisfied');
    },
  );
});

describe('profile files: a bad file is refused at load, naming the key', () => {
  it('GEN-01: a schema error names the key path', () => {
    const dir = tempDir({
      'county.yaml': hengshanText.replace('id: hengshan', 'id: county').replace('level: C', 'level: X'),
    });
    expect(() => loadProfiles({ shippedDir: dir })).toThrow(
      expect.objectContaining({
        code: 'profile.invalid',
        details: expect.objectContaining({
          file: 'county.yaml',
          issues: expect.stringMatching(/^av\.requirements\[1\]\.level: /),
        }),
      }),
    );
  });

  it('GEN-01: a missing key and an unknown key are both named', () => {
    const text = hengshanText.replace(/^issuer: .*$/m, '').replace('version: 1', 'version: 1\nvesion: 2');
    const dir = tempDir({ 'county.yaml': text });
    try {
      loadProfiles({ shippedDir: dir });
      expect.unreachable('the profile should be refused');
    } catch (error) {
      const issues = (error as { details: { issues: string } }).details.issues;
      expect(issues).toContain('issuer:');
      expect(issues).toContain('vesion');
    }
  });

  it('GEN-01: a rule citing another seed is refused', () => {
    const dir = tempDir({
      'county.yaml': hengshanText.replace('level: R, article: 001 第十条', 'level: R, article: 002 第十条'),
    });
    expect(() => loadProfiles({ shippedDir: dir })).toThrow(/av\.requirements\[0\]\.article/);
  });

  it('GEN-01: a YAML syntax error names the line', () => {
    const dir = tempDir({ 'broken.yaml': 'id: broken\nname: { zh: 坏, en: [\n' });
    expect(() => loadProfiles({ shippedDir: dir })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/第 \d+ 行/) }),
    );
  });

  it('GEN-01: two files with one id are refused', () => {
    const dir = tempDir({ 'a.yaml': hengshanText, 'b.yaml': hengshanText });
    expect(() => loadProfiles({ shippedDir: dir })).toThrow(
      expect.objectContaining({
        code: 'profile.duplicate',
        details: expect.objectContaining({ profileId: 'hengshan' }),
      }),
    );
  });

  it('GEN-01: an agency adds a sixth jurisdiction and amends a shipped one without a rebuild', () => {
    const sixth = hengshanText
      .replace('id: hengshan', 'id: nanshan-county')
      .replace(/'001'/g, "'nanshan'")
      .replace(/001 第/g, 'nanshan 第');
    const amended = hengshanText.replace('version: 1', 'version: 2');
    const dir = tempDir({ 'nanshan.yaml': sixth, 'hengshan.json.bak': '{}', 'hengshan.yaml': amended });
    const registry = loadProfiles({ agencyDir: dir });
    expect(registry.list().map((entry) => entry.profile.id)).toContain('nanshan-county');
    expect(registry.require('hengshan')).toMatchObject({ shipped: false, profile: { version: 2 } });
    expect(registry.require('linxi-hrss').shipped).toBe(true);
    expect(() => registry.require('atlantis')).toThrow(expect.objectContaining({ code: 'profile.not_found' }));
  });

  it('GEN-01: a JSON profile loads like a YAML one', () => {
    const json = JSON.stringify(loadProfileFile(path.join(shippedProfilesDir, 'linxi-hrss.yaml')).profile);
    const dir = tempDir({ 'linxi.json': json });
    expect(loadProfiles({ shippedDir: dir }).require('linxi-hrss').profile.av.announcement?.wording).toContain(
      '全程录音录像',
    );
  });
});

/** PROH-06-P at a glance: sanctions per tier (minor, serious, crime), those barring the officer, violations counted. */
function sanctionSummary({ sanctions, violations }: NonNullable<Profile['records']['accountability']>) {
  const all = [...(sanctions.minor ?? []), ...(sanctions.serious ?? []), ...(sanctions.crime ?? [])];
  return [
    [sanctions.minor?.length ?? 0, sanctions.serious?.length ?? 0, sanctions.crime?.length ?? 0],
    all.filter((sanction) => sanction.barsOfficer).map((sanction) => sanction.id),
    violations.count,
  ];
}

describe('records: the written-record tables of requirements.md, per profile (issue 6)', () => {
  const records = Object.fromEntries(shipped.list().map(({ profile }) => [profile.id, profile.records]));
  const table = <T>(row: (entry: Profile['records']) => T) =>
    Object.fromEntries(Object.entries(records).map(([id, entry]) => [id, row(entry)]));

  it('GEN-06, INIT-03, INV-01, DEC-01, APPR-01: record mode, initiation form, officer data, opinion and chain follow the seeds', () => {
    expect(
      table((r) => [
        r.recordMode.writtenEveryStep,
        r.recordMode.byAct?.map(({ act, modes }) => `${act}:${modes.join('+')}`).join(' ') ?? null,
        r.initiation && `${r.initiation.form} · ${r.initiation.approver ?? '—'} · ${r.initiation.items?.length ?? '—'}`,
        r.officerData?.items.flatMap((item) => item.data).join(' ') ?? null,
        r.officerData?.partySignature?.means.join('/') ?? null,
        r.handlingOpinion?.items.map((item) => item.id).join(' ') ?? null,
        r.approvalChain?.steps.map((step) => step.zh).join('→') ?? null,
      ]),
    ).toEqual({
      'benxi-hrss': [
        false,
        null,
        '程序启动审批表 · 相关负责人 · 8',
        'count names certificateNumbers certificateDisplay',
        'signature/seal',
        'handler unitReviewer legalBasis evidence factorsConsidered',
        '承办人→审核人→批准人',
      ],
      hengshan: [
        true,
        null,
        '立案审批表 · 行政执法机关负责人 · 4',
        'count names certificateNumbers certificateDisplay',
        'signature/fingerprint/seal',
        'party evidence factsFound legalBasis reasonsForApplying proposedDecision discretionReasons',
        '行政执法人员→行政执法机关负责人',
      ],
      'linxi-hrss': [
        false,
        'penalty:written+av coercion:written levy:written+informationSystem fee:written inspection:written+av',
        '立案审批表 · — · —',
        'count names certificateDisplay',
        null,
        null,
        '执法人员→办案机构负责人→行政执法机关负责人',
      ],
      'fushun-culture': [
        false,
        null,
        '相关执法文书 · 本机关负责人 · 8',
        'count names certificateNumbers certificateDisplay',
        'signature/seal',
        'handler unitReviewer legalBasis evidence factorsConsidered',
        '承办人→审核人→批准人',
      ],
      'dalian-xigang-hrss': [null, null, null, 'certificateDisplay', null, null, null],
    });
  });

  it('RET-01, ACC-01, ACC-03, SUP-01, PROH-06: retention, access, supervision and sanctions follow the seeds', () => {
    expect(
      table((r) => [
        r.caseFileRetention && (r.caseFileRetention.years ?? r.caseFileRetention.basis),
        r.internalAccess && `${r.internalAccess.approver}: ${r.internalAccess.materials}/${r.internalAccess.actions}`,
        r.partyAccess &&
          `${r.partyAccess.requesters}: ${r.partyAccess.actions} · ${r.partyAccess.approver ?? '—'} · ${r.partyAccess.confidentialExcluded}`,
        r.supervision && `${r.supervision.unit}${r.supervision.internal ? '' : ' (external)'}`,
        r.accountability && sanctionSummary(r.accountability),
      ]),
    ).toEqual({
      'benxi-hrss': ['《中华人民共和国档案法》', null, 'party: view,copy · 行政机关负责人 · true', null, null],
      hengshan: [
        5,
        null,
        'party,interestedParty: view · — · false',
        '法制股',
        [[5, 2, 1], ['certificateSuspension', 'certificateRevocation'], 4],
      ],
      'linxi-hrss': [
        null,
        '本单位负责人: caseFile,av/view,copy,export',
        'party: copy · 主管负责人或主要负责人 · true',
        '法制机构',
        [[2, 1, 0], [], 6],
      ],
      'fushun-culture': [
        '《中华人民共和国档案法》',
        null,
        'party: view,copy · — · false',
        '本级政府司法行政部门、上级行政机关或有关部门 (external)',
        [[1, 1, 1], [], 5],
      ],
      'dalian-xigang-hrss': [
        '《辽宁省档案条例》',
        '科室、单位负责人: av/view',
        null,
        '局综合科',
        [[1, 5, 0], ['suspensionFromDuty'], 6],
      ],
    });
  });

  it('INV-02: each investigation activity names the documents that complete it', () => {
    expect(
      table((r) => r.investigationDocuments?.map(({ activity, documents }) => `${activity}: ${documents.join(' ')}`)),
    ).toEqual({
      'benxi-hrss': [
        'inquiry: inquiryTranscript',
        'evidenceCollection: evidenceRequestNotice evidenceRegisterList',
        'siteInspection: siteInspectionRecord',
        'sampling: samplingNotice sampledItemsList',
        'statementDefence: statementDefenceTranscript',
        'hearing: hearingTranscript',
        'appraisalEntrustment: appraisalOpinion',
      ],
      hengshan: [
        'siteInspection: siteInspectionRecord',
        'inquiry: inquiryTranscript',
        'evidenceCollection: evidenceRequestNotice',
        'sampling: sampledItemsList',
        'advancePreservation: evidencePreservationRecord',
        'appraisalEntrustment: appraisalOpinion',
        'statementDefence: statementDefenceTranscript',
        'hearing: hearingTranscript',
      ],
      'linxi-hrss': [
        'siteInspection: siteInspectionRecord',
        'inquiry: inquiryTranscript',
        'advancePreservation: advancePreservationNotice',
        'appraisalEntrustment: auditAppraisalEntrustment auditAppraisalReport',
        'statementDefence: statementDefenceTranscript',
        'hearing: hearingTranscript',
      ],
      'fushun-culture': [
        'inquiry: inquiryTranscript',
        'evidenceCollection: evidenceRequestNotice evidenceRegisterList',
        'siteInspection: siteInspectionRecord',
        'sampling: samplingNotice sampledItemsList',
        'statementDefence: statementDefenceTranscript',
        'hearing: hearingTranscript',
        'appraisalEntrustment: appraisalOpinion',
        'advancePreservation: evidencePreservationRecord',
      ],
      'dalian-xigang-hrss': undefined,
    });
  });

  it('INV-02, INIT-03, DEC-01: every document code is in the catalogue, every activity type exists, every item is a field of its document', () => {
    for (const [id, r] of Object.entries(records)) {
      for (const entry of r.investigationDocuments ?? []) {
        expect(activityTypes, `${id} ${entry.activity}`).toHaveProperty(entry.activity);
        for (const code of [...entry.documents, ...(entry.conditional?.documents ?? [])]) {
          expect(findDocumentType(code), `${id} ${entry.activity} ${code}`).toBeDefined();
        }
      }
      for (const form of [r.initiation, r.handlingOpinion]) {
        if (!form) continue;
        const fields = findDocumentType(form.document)?.fields.map((field) => field.key);
        for (const item of form.items ?? []) expect(fields, `${id} ${form.document}`).toContain(item.id);
      }
    }
  });

  it('GEN-01: every article of a records section cites the profile’s own seed', () => {
    for (const { profile } of shipped.list()) {
      const cited = JSON.stringify(profile.records).match(/"article":"[^"]*"/g) ?? [];
      expect(cited.length, profile.id).toBeGreaterThan(2);
      for (const article of cited)
        expect(article, profile.id).toMatch(new RegExp(`^"article":"${profile.source.seed} 第`));
    }
  });
});

describe('docs/profiles.md: the worked example is a valid profile', () => {
  it('GEN-01: the YAML blocks of the sixth-jurisdiction example, put together, load as profile nanshan-hrss', () => {
    const guide = readFileSync(path.join(shippedProfilesDir, '..', 'docs', 'profiles.md'), 'utf8');
    const example = guide.slice(guide.indexOf('## A worked example'), guide.indexOf('### What a profile cannot'));
    const blocks = [...example.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!.replace(/^ {3}/gm, ''));
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    const dir = tempDir({ 'nanshan-hrss.yaml': blocks.join('') });
    const registry = loadProfiles({ shippedDir: dir });
    expect(registry.require('nanshan-hrss').profile).toMatchObject({
      issuer: '南山县人力资源和社会保障局',
      deadlines: { archive: { days: 30 } },
    });
  });
});
