import { describe, expect, it } from 'vitest';
import { defineDocumentType, type DocumentTypeInput } from './document-type';

const minimal: DocumentTypeInput = {
  code: 'sampleNotice',
  version: 1,
  rows: ['D99'],
  zh: '示例通知书',
  en: 'Sample notice',
  stage: 'investigation',
  requirementIds: ['SYS-03'],
  sources: [],
  fields: [{ key: 'body', zh: '正文', en: 'Body', kind: 'longText', required: true }],
  signers: [{ role: 'officer' }],
};

describe('defineDocumentType (document types are data, validated on definition)', () => {
  it('accepts a minimal definition and fills the defaults: one signer needed, refusal not allowed, no seal', () => {
    const type = defineDocumentType(minimal);
    expect(type.signers[0]).toEqual({ role: 'officer', min: 1, refusal: 'notAllowed', alternatives: [] });
    expect(type.seal).toBe(false);
  });

  it('rejects duplicate field keys', () => {
    expect(() => defineDocumentType({ ...minimal, fields: [...minimal.fields, ...minimal.fields] })).toThrow(
      /duplicate field key body/,
    );
  });

  it('rejects a choice field without options, and options on a non-choice field', () => {
    const choice = { key: 'method', zh: '方式', en: 'Method', kind: 'choice', required: true } as const;
    expect(() => defineDocumentType({ ...minimal, fields: [choice] })).toThrow();
    const text = { key: 'note', zh: '备注', en: 'Note', kind: 'text', required: false } as const;
    const options = [{ value: 'a', zh: '甲', en: 'A' }];
    expect(() => defineDocumentType({ ...minimal, fields: [{ ...text, options }] })).toThrow();
  });

  it('rejects a condition on an unknown field or naming an unknown option', () => {
    const method: DocumentTypeInput['fields'][number] = {
      key: 'method',
      zh: '方式',
      en: 'Method',
      kind: 'choice',
      required: true,
      options: [{ value: 'direct', zh: '直接', en: 'Direct' }],
    };
    const reason = { key: 'reason', zh: '理由', en: 'Reason', kind: 'text', required: true } as const;
    expect(() =>
      defineDocumentType({ ...minimal, fields: [method, { ...reason, requiredWhen: { field: 'nope', equals: 'x' } }] }),
    ).toThrow(/unknown field nope/);
    expect(() =>
      defineDocumentType({
        ...minimal,
        fields: [method, { ...reason, requiredWhen: { field: 'method', equals: 'lodged' } }],
      }),
    ).toThrow(/unknown option/);
  });

  it('rejects a type citing neither a requirement ID nor a seed source', () => {
    expect(() => defineDocumentType({ ...minimal, requirementIds: [], sources: [] })).toThrow(/cite at least one/);
  });

  it('rejects empty labels and malformed codes', () => {
    expect(() => defineDocumentType({ ...minimal, zh: ' ' })).toThrow();
    expect(() => defineDocumentType({ ...minimal, code: 'Sample-Notice' })).toThrow();
  });
});
