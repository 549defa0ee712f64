import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentTypeSchema } from '../document-type';
import { documentCatalog, findDocumentType } from './index';

/** The §5 table of requirements.md: one row per document, `| D01 | … | \`identifier\` | …`. */
function sectionFiveRows(): { row: string; identifiers: string[] }[] {
  const text = readFileSync(new URL('../../../../../../shared/requirements.md', import.meta.url), 'utf8');
  const section = text.slice(text.indexOf('## 5.'), text.indexOf('## 6.'));
  const rows: { row: string; identifiers: string[] }[] = [];
  for (const line of section.split('\n')) {
    const match = /^\| (D\d{2}) \|[^|]*\| `([^`]+)` \|/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const identifiers = match[2].split(/[+/]/).map((identifier) => identifier.trim());
    rows.push({ row: match[1], identifiers });
  }
  return rows;
}

describe('document catalog (GEN-04, DOC-01: every 执法文书 of requirements.md §5 is a schema)', () => {
  const rows = sectionFiveRows();

  it('reads all 58 rows of the §5 table', () => {
    expect(rows.map(({ row }) => row)).toEqual(
      Array.from({ length: 58 }, (_, index) => `D${String(index + 1).padStart(2, '0')}`),
    );
  });

  it.each(rows)('covers $row with a type for each of its identifiers ($identifiers)', ({ row, identifiers }) => {
    for (const identifier of identifiers) {
      const type = findDocumentType(identifier);
      expect(type, identifier).toBeDefined();
      expect(type?.rows).toContain(row);
    }
  });

  it('holds no type that the §5 table does not list', () => {
    const listed = new Set(rows.flatMap(({ identifiers }) => identifiers));
    expect(documentCatalog.filter((type) => !listed.has(type.code)).map((type) => type.code)).toEqual([]);
  });

  it('gives every type a unique code', () => {
    const codes = documentCatalog.map((type) => type.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(documentCatalog.map((type) => [type.code, type] as const))(
    'keeps %s a valid definition: zh/en labels, unique field keys, a cited requirement or source',
    (_code, type) => {
      expect(documentTypeSchema.safeParse(type).success).toBe(true);
      expect(type.zh.trim()).not.toBe('');
      expect(type.en.trim()).not.toBe('');
      const keys = type.fields.map((field) => field.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const field of type.fields) {
        expect(field.zh.trim()).not.toBe('');
        expect(field.en.trim()).not.toBe('');
      }
      expect(type.requirementIds.length + type.sources.length).toBeGreaterThan(0);
      expect(type.version).toBeGreaterThanOrEqual(1);
    },
  );

  it('answers undefined for an unknown code', () => {
    expect(findDocumentType('noSuchDocument')).toBeUndefined();
  });
});
