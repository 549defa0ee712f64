import { describe, expect, it } from 'vitest';
import { findDocumentType } from './catalog/index';
import type { DocumentType } from './document-type';
import { checkSignatures, type DocumentSignature, validateDocument } from './validate';

function typeOf(code: string): DocumentType {
  const type = findDocumentType(code);
  if (!type) throw new Error(`no document type ${code}`);
  return type;
}

function without(data: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([name]) => name !== key));
}

const officers = [
  { name: '张伟', certificateNumber: '21010020250001' },
  { name: '李娜', certificateNumber: '21010020250002' },
];

describe('decision document D35 (DEC-09: refuse to issue while a mandatory section is empty; SYS-03)', () => {
  const decision = typeOf('decisionDocument');
  const complete = {
    caseReference: '衡人社罚〔2026〕12号',
    documentNumber: '衡人社罚决〔2026〕12号',
    party: { name: '某某建筑有限公司', address: '衡山县开云镇' },
    factsAndEvidence: '经查，该公司拖欠12名劳动者工资……（询问笔录、工资表）',
    legalBasisAndReasons: '依据《劳动保障监察条例》第二十六条……',
    conclusion: '责令支付拖欠工资并处罚款',
    fineAmount: 5000.5,
    remedies: '如不服本决定，可在六十日内申请行政复议，或六个月内提起行政诉讼',
    agencyName: '衡山县某局',
    sealAffixed: true,
    decisionDate: '2026-06-15',
  };

  it('accepts a decision carrying every mandatory section under HS', () => {
    expect(validateDocument(decision, complete, { profile: 'HS' })).toEqual({ ok: true, issues: [] });
  });

  it.each([
    ['party', 'party (当事人基本情况)'],
    ['factsAndEvidence', 'facts and evidence'],
    ['legalBasisAndReasons', 'legal basis and reasons'],
    ['conclusion', 'conclusion'],
    ['remedies', 'remedy channels and time limits'],
    ['agencyName', 'agency name'],
    ['sealAffixed', 'agency seal'],
    ['decisionDate', 'date'],
  ])('refuses a decision without its %s (%s) with exactly that required issue', (key) => {
    const result = validateDocument(decision, without(complete, key), { profile: 'HS' });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([expect.objectContaining({ field: key, code: 'required' })]);
    expect(result.issues[0]?.zh).toMatch(/必填/);
    expect(result.issues[0]?.en).toMatch(/required/);
  });

  it('treats a whitespace-only section as empty', () => {
    const result = validateDocument(decision, { ...complete, remedies: '   ' }, { profile: 'HS' });
    expect(result.issues).toEqual([expect.objectContaining({ field: 'remedies', code: 'required' })]);
  });

  it('under BX requires the reasons (充分说明理由) but not the HS-only sections', () => {
    const bx = { conclusion: '罚款', decisionDate: '2026-06-15', caseReference: 'A', documentNumber: 'B' };
    expect(validateDocument(decision, bx, { profile: 'BX' }).issues.map((issue) => issue.field)).toEqual([
      'legalBasisAndReasons',
    ]);
  });

  it('reports invalid values: an impossible date, a fine with fractions of a fen, an unknown field', () => {
    const result = validateDocument(
      decision,
      { ...complete, decisionDate: '2026-02-30', fineAmount: 10.005, stray: 'x' },
      { profile: 'HS' },
    );
    expect(result.issues.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'fineAmount', code: 'invalid' },
      { field: 'decisionDate', code: 'invalid' },
      { field: 'stray', code: 'invalid' },
    ]);
  });

  it('needs the agency head’s approval signature (DEC-05)', () => {
    expect(checkSignatures(decision, []).map((issue) => issue.role)).toEqual(['agencyHead']);
    expect(checkSignatures(decision, [{ role: 'agencyHead', signed: true }])).toEqual([]);
  });
});

describe('inquiry transcript D09 (INV-01 officer data, INV-03 signatures and refusals)', () => {
  const transcript = typeOf('inquiryTranscript');
  const complete = {
    caseReference: '本人社监〔2026〕3号',
    startedAt: '2026-06-15T09:30:00+08:00',
    place: '本溪市人社局询问室',
    officerCount: 2,
    officers,
    certificatesShown: '询问开始时向被询问人出示执法证件，被询问人已确认',
    interviewee: { name: '王强', idNumber: '210502198001011234' },
    questioning: '问：……答：……',
  };

  it('accepts a transcript with the officer data and the questioning', () => {
    expect(validateDocument(transcript, complete, { profile: 'BX' })).toEqual({ ok: true, issues: [] });
  });

  it.each(['officerCount', 'officers', 'certificatesShown'])('refuses to finalise without %s (INV-01)', (key) => {
    const result = validateDocument(transcript, without(complete, key), { profile: 'BX' });
    expect(result.issues).toEqual([expect.objectContaining({ field: key, code: 'required' })]);
  });

  it('refuses an officer listed without a certificate number (INV-01)', () => {
    const result = validateDocument(transcript, { ...complete, officers: [{ name: '张伟', certificateNumber: '' }] });
    expect(result.issues).toEqual([expect.objectContaining({ field: 'officers', code: 'invalid' })]);
  });

  it('requires the officers and the party to sign', () => {
    expect(checkSignatures(transcript, []).map((issue) => [issue.role, issue.code])).toEqual([
      ['officer', 'missing'],
      ['party', 'missing'],
    ]);
    const signed: DocumentSignature[] = [
      { role: 'officer', name: '张伟', signed: true },
      { role: 'party', name: '王强', signed: true },
    ];
    expect(checkSignatures(transcript, signed)).toEqual([]);
  });

  it('flags a party refusal recorded without a witness or without a reason (INV-03)', () => {
    const officer: DocumentSignature = { role: 'officer', signed: true };
    const noWitness = checkSignatures(transcript, [
      officer,
      { role: 'party', signed: false, refusal: { reason: '当事人称不认可笔录内容', witnessName: '' } },
    ]);
    expect(noWitness.map((issue) => [issue.role, issue.code])).toEqual([
      ['party', 'refusalIncomplete'],
      ['party', 'missing'],
    ]);
    const noReason = checkSignatures(transcript, [
      officer,
      { role: 'party', signed: false, refusal: { reason: ' ', witnessName: '赵敏' } },
    ]);
    expect(noReason.map((issue) => issue.code)).toContain('refusalIncomplete');
  });

  it('accepts a party refusal with its reason and an attesting witness (INV-03)', () => {
    const result = checkSignatures(transcript, [
      { role: 'officer', signed: true },
      { role: 'party', signed: false, refusal: { reason: '当事人拒绝签字', witnessName: '赵敏' } },
      { role: 'witness', name: '赵敏', signed: true },
    ]);
    expect(result).toEqual([]);
  });

  it('never lets an officer refuse: an officer refusal is an issue, not a signature', () => {
    const result = checkSignatures(transcript, [
      { role: 'officer', signed: false, refusal: { reason: '不同意', witnessName: '赵敏' } },
      { role: 'party', signed: true },
    ]);
    expect(result.map((issue) => issue.code)).toEqual(['refusalNotAllowed', 'missing']);
  });
});

describe('service receipt D38 (SERV-02, SERV-03, SERV-05: what each method records and who signs)', () => {
  const receipt = typeOf('serviceReceipt');
  const common = {
    caseReference: '抚文执〔2026〕8号',
    documentName: '行政处罚决定书',
    addressee: '某某网吧',
    server: '张伟',
    servedAt: '2026-06-20T10:00:00+08:00',
    place: '抚顺县某某网吧',
  };
  const fields = (data: Record<string, unknown>, profile: 'HS' | 'FS' = 'FS') =>
    validateDocument(receipt, data, { profile }).issues.map(({ field, code }) => `${field}:${code}`);

  it('direct: needs no refusal or witness facts, but the server and the addressee (or a qualified recipient) sign', () => {
    const data = { ...common, method: 'direct' };
    expect(fields(data)).toEqual([]);
    expect(checkSignatures(receipt, [{ role: 'server', signed: true }], { data }).map((issue) => issue.role)).toEqual([
      'addressee',
    ]);
    const byRecipient: DocumentSignature[] = [
      { role: 'server', signed: true },
      { role: 'recipient', name: '网吧店长', signed: true },
    ];
    expect(checkSignatures(receipt, byRecipient, { data })).toEqual([]);
  });

  it('lodged: requires the refusal reason, its date, the place left and the witness (SERV-03)', () => {
    expect(fields({ ...common, method: 'lodged' })).toEqual([
      'witness:required',
      'refusalReason:required',
      'refusalDate:required',
      'lodgedPlace:required',
    ]);
    const data = {
      ...common,
      method: 'lodged',
      witness: '社区工作人员刘洋',
      refusalReason: '受送达人拒绝签收',
      refusalDate: '2026-06-20',
      lodgedPlace: '受送达人经营场所',
    };
    expect(fields(data)).toEqual([]);
    expect(checkSignatures(receipt, [{ role: 'server', signed: true }], { data }).map((issue) => issue.role)).toEqual([
      'witness',
    ]);
    const signed: DocumentSignature[] = [
      { role: 'server', signed: true },
      { role: 'witness', signed: true },
    ];
    expect(checkSignatures(receipt, signed, { data })).toEqual([]);
  });

  it('entrusted or forwarded: requires the reason (BX, HS, FS) and the addressee’s signature (SERV-05)', () => {
    expect(fields({ ...common, method: 'entrusted' })).toEqual(['entrustReason:required']);
    expect(fields({ ...common, method: 'forwarded' })).toEqual(['entrustReason:required']);
    expect(fields({ ...common, method: 'entrusted', entrustReason: '受送达人不在本县' })).toEqual([]);
    const data = { ...common, method: 'entrusted', entrustReason: '受送达人不在本县' };
    expect(checkSignatures(receipt, [{ role: 'server', signed: true }], { data }).map((issue) => issue.role)).toEqual([
      'addressee',
    ]);
  });

  it('rejects a method outside the list, and HS also needs the place of service', () => {
    expect(fields({ ...common, method: 'byCarrierPigeon' })).toEqual(['method:invalid']);
    expect(fields({ ...without(common, 'place'), method: 'direct' }, 'HS')).toEqual(['place:required']);
  });
});

describe('on-the-spot penalty decision D37 (SIMP-01 list, SIMP-03 numbered form served on the spot)', () => {
  const decision = typeOf('onSpotPenaltyDecision');
  const complete = {
    serialNumber: 'LX-2026-000123',
    decidedAt: '2026-06-15T15:20:00+08:00',
    place: '临西县某某商店',
    officers,
    party: { name: '某某商店' },
    simplifiedConditions: '违法事实确凿，有法定依据，罚款数额在简易程序限额内',
    facts: '未按规定……',
    legalBasis: '《某某条例》第某条',
    penalty: '警告并处罚款',
    fineAmount: 50,
    rightsNotified: true,
    statementMade: false,
    servedOnSpot: true,
  };

  it('accepts a decision that records every SIMP-01 item that applies', () => {
    expect(validateDocument(decision, complete, { profile: 'LX' })).toEqual({ ok: true, issues: [] });
  });

  it.each(['serialNumber', 'simplifiedConditions', 'facts', 'legalBasis', 'penalty', 'rightsNotified', 'servedOnSpot'])(
    'refuses to finalise without %s',
    (key) => {
      const result = validateDocument(decision, without(complete, key), { profile: 'LX' });
      expect(result.issues).toEqual([expect.objectContaining({ field: key, code: 'required' })]);
    },
  );

  it('requires the statement, its review and the reasons for adopting it once the party made one (SIMP-01)', () => {
    const made = { ...complete, statementMade: true };
    expect(validateDocument(decision, made, { profile: 'LX' }).issues).toEqual([
      expect.objectContaining({ field: 'statementAndReview', code: 'required' }),
    ]);
    const reviewed = { ...made, statementAndReview: '当事人称系初次违法，经复核属实，不予采纳减免，理由……' };
    expect(validateDocument(decision, reviewed, { profile: 'LX' }).ok).toBe(true);
  });

  it('requires the collection process when the fine was collected on the spot (SIMP-01)', () => {
    const collected = { ...complete, fineCollectedOnSpot: true };
    expect(validateDocument(decision, collected, { profile: 'LX' }).issues.map((issue) => issue.field)).toEqual([
      'collectionProcess',
    ]);
  });

  it('does not require on-the-spot service outside LX, where no seed states it', () => {
    expect(validateDocument(decision, without(complete, 'servedOnSpot'), { profile: 'BX' }).ok).toBe(true);
  });

  it('is signed by the officer and by the party, whose refusal needs a reason and a witness', () => {
    const refused: DocumentSignature[] = [
      { role: 'officer', signed: true },
      { role: 'party', signed: false, refusal: { reason: '拒绝签收', witnessName: '' } },
    ];
    expect(checkSignatures(decision, refused).map((issue) => issue.code)).toEqual(['refusalIncomplete', 'missing']);
  });
});
