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
