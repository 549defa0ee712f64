import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleCoverage,
  articleNumber,
  renderTraceability,
  seedArticleCount,
  sharedDir,
  traceabilityFile,
} from '../../../../../scripts/traceability';

const requirements = readFileSync(path.join(sharedDir, 'requirements.md'), 'utf8');
const seeds = articleCoverage(requirements);
const published = readFileSync(traceabilityFile, 'utf8');

describe('GEN-01: docs/traceability.md is generated from the seeds, the profiles and the tests', () => {
  it('GEN-01: the published table is current (run `npx tsx scripts/traceability.ts` when this fails)', () => {
    expect(published).toBe(renderTraceability());
  });

  it('GEN-01: every article of every shipped seed is in the table, in order, with its requirement IDs or reason', () => {
    const seedFiles = readdirSync(path.join(sharedDir, 'seeds')).sort();
    expect(seeds.map((seed) => seed.seed)).toEqual(['000', '001', '002', '003', '004']);
    for (const seed of seeds) {
      const file = seedFiles.find((name) => name.startsWith(`${seed.seed}_`))!;
      const count = seedArticleCount(readFileSync(path.join(sharedDir, 'seeds', file), 'utf8'));
      expect(
        seed.articles.map((row) => articleNumber(row.article)),
        `seed ${seed.seed}`,
      ).toEqual(Array.from({ length: count }, (_, index) => index + 1));
      const section = published.slice(published.indexOf(`### ${seed.seed} `));
      for (const row of seed.articles) {
        expect(row.ids, `${seed.seed} ${row.article}`).toMatch(/^([A-Z]+-\d{2}(, )?)+$|^none — /);
        expect(section, `${seed.seed} ${row.article}`).toContain(`| ${row.article} | ${row.gist} | ${row.ids} |`);
      }
    }
  });

  it('GEN-01: Chinese article numbers are read exactly', () => {
    expect(['第一条', '第十条', '第十一条', '第二十条', '第三十七条'].map(articleNumber)).toEqual([1, 10, 11, 20, 37]);
  });
});
