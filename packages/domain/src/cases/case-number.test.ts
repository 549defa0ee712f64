import { describe, expect, it } from 'vitest';
import { checkCaseNumberPattern, formatCaseNumber, parseCaseNumberPattern } from './case-number';
import { caught } from '../shared/test-support';

const values = { shortName: '临人社罚', year: 2026, seq: 7 };

describe('formatCaseNumber', () => {
  it.each([
    ['{机关简称}〔{年}〕{序号}号', '临人社罚〔2026〕7号'],
    ['{机关简称}〔{年}〕{序号:3}号', '临人社罚〔2026〕007号'],
    ['{shortName}〔{year}〕{seq:4}号', '临人社罚〔2026〕0007号'],
    ['{年}-{序号:2}', '2026-07'],
  ])('formats %s as %s', (pattern, expected) => {
    expect(formatCaseNumber(pattern, values)).toBe(expected);
  });

  it('prints a sequence longer than its padding in full', () => {
    expect(formatCaseNumber('{序号:2}', { ...values, seq: 1234 })).toBe('1234');
  });

  it.each([
    ['an empty short name', { shortName: ' ' }, 'shortName'],
    ['a two-digit year', { year: 26 }, 'year'],
    ['a zero sequence', { seq: 0 }, 'seq'],
    ['a fractional sequence', { seq: 1.5 }, 'seq'],
  ])('refuses %s', (_name, change, field) => {
    expect(caught(() => formatCaseNumber('{序号}', { ...values, ...change }))).toMatchObject({
      code: 'case_number.value_invalid',
      details: { field },
    });
  });
});

describe('checkCaseNumberPattern', () => {
  it('accepts the usual pattern and splits it into text and placeholders', () => {
    expect(() => checkCaseNumberPattern('{机关简称}〔{年}〕{序号:3}号')).not.toThrow();
    expect(parseCaseNumberPattern('{机关简称}〔{年}〕{序号:3}号')).toEqual([
      { field: 'shortName', width: 0 },
      { text: '〔' },
      { field: 'year', width: 0 },
      { text: '〕' },
      { field: 'seq', width: 3 },
      { text: '号' },
    ]);
  });

  it.each([
    ['an unknown placeholder', '{机关简称}〔{月}〕{序号}号', '{月}'],
    ['an empty placeholder', '{}{序号}', '{}'],
    ['padding on the year', '{年:4}{序号}', '{年:4}'],
    ['a bad padding width', '{序号:x}', '{序号:x}'],
  ])('refuses %s with case_number.placeholder_unknown', (_name, pattern, placeholder) => {
    expect(caught(() => checkCaseNumberPattern(pattern))).toMatchObject({
      code: 'case_number.placeholder_unknown',
      details: { placeholder },
    });
  });

  it.each(['{机关简称〔{年}〕{序号}号', '{序号}}号', '{序号'])('refuses the unbalanced pattern %s', (pattern) => {
    expect(caught(() => checkCaseNumberPattern(pattern))).toMatchObject({ code: 'case_number.pattern_malformed' });
  });

  it('refuses a pattern without a sequence, as its numbers would repeat', () => {
    expect(caught(() => checkCaseNumberPattern('{机关简称}〔{年}〕号'))).toMatchObject({
      code: 'case_number.sequence_required',
    });
  });
});
