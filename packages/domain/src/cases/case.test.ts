import { describe, expect, it } from 'vitest';
import {
  caseDetailsSchema,
  caseProcedureLabels,
  caseSourceLabels,
  checkActInScope,
  confidentialityMarkerLabels,
  enforcementActLabels,
  identityDocumentTypeLabels,
  type EnforcementAct,
} from './case';
import { caught } from '../shared/test-support';

const lxActs: EnforcementAct[] = ['penalty', 'coercion', 'levy', 'fee', 'inspection'];

describe('GEN-02: a case may only be opened with an act in scope for its profile', () => {
  it('refuses 行政许可 under LX, whose 第二条 names five other acts', () => {
    expect(caught(() => checkActInScope('licensing', lxActs))).toMatchObject({
      code: 'case.act_out_of_scope',
      details: { act: 'licensing' },
    });
  });

  it('accepts 行政征收 under LX', () => {
    expect(() => checkActInScope('levy', lxActs)).not.toThrow();
  });

  it('accepts any act where the profile does not enumerate them (HS, FS)', () => {
    expect(() => checkActInScope('confirmation', 'all')).not.toThrow();
  });
});

const validCase = {
  act: 'penalty',
  procedure: 'general',
  source: 'complaint',
  realName: true,
  cause: '未按规定缴纳社会保险费',
  parties: [
    {
      kind: 'organisation',
      name: '临西县某建筑有限公司',
      idDocument: { type: 'unifiedSocialCreditCode', number: '91130535MA0ABCDE1X' },
      legalRepresentative: '张三',
    },
    { kind: 'person', name: '李四', idDocument: { type: 'residentIdCard', number: '110101199003071234' } },
  ],
  handlerIds: ['officer-1', 'officer-2'],
};

describe('caseDetailsSchema', () => {
  it('accepts a case with a cause, parties and handlers, defaulting to no confidentiality markers', () => {
    const parsed = caseDetailsSchema.parse(validCase);
    expect(parsed.confidentiality).toEqual([]);
    expect(parsed.parties[0]?.kind).toBe('organisation');
  });

  it.each([
    ['an empty cause', { cause: '  ' }],
    ['no parties', { parties: [] }],
    ['no handlers', { handlerIds: [] }],
    ['an unknown source', { source: 'rumour' }],
    ['an unknown act', { act: 'arrest' }],
    ['an unknown confidentiality marker', { confidentiality: ['topSecret'] }],
    [
      'a party without an identity document number',
      { parties: [{ kind: 'person', name: '王五', idDocument: { type: 'passport', number: '' } }] },
    ],
  ])('rejects %s', (_name, change) => {
    expect(caseDetailsSchema.safeParse({ ...validCase, ...change }).success).toBe(false);
  });

  it('keeps confidentiality markers (国家秘密, 商业秘密, 个人隐私)', () => {
    const parsed = caseDetailsSchema.parse({ ...validCase, confidentiality: ['commercialSecret', 'personalPrivacy'] });
    expect(parsed.confidentiality).toEqual(['commercialSecret', 'personalPrivacy']);
  });
});

describe('labels', () => {
  it('gives every act, procedure, source, document type and marker a Chinese and an English label', () => {
    const tables = [
      enforcementActLabels,
      caseProcedureLabels,
      caseSourceLabels,
      identityDocumentTypeLabels,
      confidentialityMarkerLabels,
    ];
    for (const label of tables.flatMap((table) => Object.values(table))) {
      expect(label.zh).toMatch(/\p{Script=Han}/u);
      expect(label.en.trim()).not.toBe('');
    }
  });
});
