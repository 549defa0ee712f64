/**
 * Generates docs/traceability.md from the data, not by hand.
 * - For each seed regulation, every article, with the requirement IDs that ../shared/requirements.md §3 assigns to it
 *   (or its reason for none), and the rules of the shipped profile that cite it.
 * - For each requirement ID, the source files that cite it and the tests that name it.
 * `npx tsx scripts/traceability.ts` rewrites the file; `packages/server/src/modules/profiles/traceability.test.ts`
 * fails when it is stale or when an article of a seed is missing from it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProfiles } from '../packages/server/src/modules/profiles/profile-registry';

const root = fileURLToPath(new URL('..', import.meta.url));
export const sharedDir = path.resolve(root, '../shared');
export const traceabilityFile = path.join(root, 'docs/traceability.md');

const digits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 第三十七条 → 37 (numbers up to 99, as in the seeds). */
export function articleNumber(article: string): number {
  const body = article.replace(/^第/, '').replace(/条.*$/, '');
  if (body === '十') return 10;
  const [tens, ones] = body.includes('十') ? body.split('十') : ['', body];
  return (body.includes('十') ? (tens ? digits[tens]! : 1) * 10 : 0) + (ones ? digits[ones]! : 0);
}

export type SeedArticles = { seed: string; title: string; articles: { article: string; gist: string; ids: string }[] };

/** §3 of requirements.md: every article of every seed with the IDs it yields (or why none). */
export function articleCoverage(requirements: string): SeedArticles[] {
  const section = requirements.slice(requirements.indexOf('## 3. Article coverage'), requirements.indexOf('## 4. '));
  const seeds: SeedArticles[] = [];
  for (const block of section.split(/^### /m).slice(1)) {
    const heading = block.split('\n')[0]!;
    const match = /^3\.\d+ (\d{3}) — (.+?) — \d+ articles/.exec(heading);
    if (!match) continue;
    const articles = block
      .split('\n')
      .filter((line) => line.startsWith('| 第'))
      .map((line) => {
        const [, article, gist, ids] = line.split('|').map((cell) => cell.trim());
        return { article: article!, gist: gist!, ids: ids! };
      });
    seeds.push({ seed: match[1]!, title: match[2]!, articles });
  }
  return seeds;
}

/** The articles a seed's own text has: 第一条 … 第N条, the longest unbroken run (later cross-references excluded). */
export function seedArticleCount(seedText: string): number {
  const found = new Set(
    [...seedText.matchAll(/第([一二三四五六七八九十]+)条/g)].map((m) => articleNumber(`第${m[1]}条`)),
  );
  let n = 0;
  while (found.has(n + 1)) n += 1;
  return n;
}

/** Every `article` value in a parsed profile, with the key path it sits at. */
function citedArticles(value: unknown, at: string, out: { path: string; article: string }[]): void {
  if (Array.isArray(value)) value.forEach((item, index) => citedArticles(item, `${at}[${index}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const next = at ? `${at}.${key}` : key;
      if (key === 'article' && typeof inner === 'string') out.push({ path: at || '(root)', article: inner });
      else citedArticles(inner, next, out);
    }
  }
}

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name)) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  for (const dir of ['packages', 'e2e', 'bench']) walk(path.join(root, dir));
  return out.sort();
}

const idPattern = /\b([A-Z]{2,5}-\d{2})\b/g;

/** Requirement ID → the files citing it, split into code and tests. */
function citations(): Map<string, { code: string[]; tests: string[] }> {
  const map = new Map<string, { code: string[]; tests: string[] }>();
  for (const file of sourceFiles()) {
    if (file === 'scripts/traceability.ts') continue;
    const text = readFileSync(path.join(root, file), 'utf8');
    const ids = new Set([...text.matchAll(idPattern)].map((m) => m[1]!));
    const isTest = /\.test\.tsx?$/.test(file);
    for (const id of ids) {
      const entry = map.get(id) ?? { code: [], tests: [] };
      (isTest ? entry.tests : entry.code).push(file.replace(/^packages\//, ''));
      map.set(id, entry);
    }
  }
  return map;
}

const familyBySeed: Record<string, string> = { '000': 'BX', '001': 'HS', '002': 'LX', '003': 'FS', '004': 'XG' };

function list(files: string[], max: number): string {
  if (files.length === 0) return '—';
  const shown = files.slice(0, max).map((file) => `\`${file}\``);
  return files.length > max ? `${shown.join(', ')} (+${files.length - max})` : shown.join(', ');
}

/** The whole of docs/traceability.md. */
export function renderTraceability(): string {
  const requirements = readFileSync(path.join(sharedDir, 'requirements.md'), 'utf8');
  const seeds = articleCoverage(requirements);
  const profiles = loadProfiles({ agencyDir: null }).list();
  const cited = citations();
  const lines: string[] = [
    '# Traceability: seed article → requirement → profile rule → code → tests',
    '',
    '<!-- Generated by `npx tsx scripts/traceability.ts`; do not edit by hand. A test fails when it is stale. -->',
    '',
    'Part 1 lists every article of the five seed regulations (`../shared/seeds/`), with the requirement IDs',
    '`../shared/requirements.md` §3 assigns to it (or the reason it has none), and the rules of the shipped profile',
    '(`profiles/*.yaml`) that cite it. Part 2 lists, for each requirement ID, the source files that cite it and the',
    'tests that name it. An ID with no test is shown with "—": it is not yet checked.',
    '',
    '## Part 1: articles',
    '',
  ];
  const allIds = new Set<string>();
  for (const seed of seeds) {
    const profile = profiles.find((entry) => entry.profile.source.seed === seed.seed);
    const rules: { path: string; article: string }[] = [];
    if (profile) citedArticles(profile.profile, '', rules);
    lines.push(
      `### ${seed.seed} ${familyBySeed[seed.seed] ?? ''} — ${seed.title} — profile \`${profile?.profile.id ?? 'none'}\``,
      '',
      '| Article | Gist | Requirement IDs | Profile rules citing it |',
      '| --- | --- | --- | --- |',
    );
    for (const { article, gist, ids } of seed.articles) {
      for (const id of ids.matchAll(idPattern)) allIds.add(id[1]!);
      const citing = rules
        .filter((rule) => {
          const cited = rule.article.slice(seed.seed.length + 1);
          return cited === article || cited.startsWith(`${article}(`);
        })
        .map((rule) => `\`${rule.path}\``);
      lines.push(`| ${article} | ${gist} | ${ids} | ${citing.length ? citing.join(', ') : '—'} |`);
    }
    lines.push('');
  }
  lines.push('## Part 2: requirement IDs', '', '| ID | Code citing it | Tests naming it |', '| --- | --- | --- |');
  const order = (id: string) => [id.replace(/-\d+$/, ''), Number(id.slice(id.lastIndexOf('-') + 1))] as const;
  for (const id of [...allIds].sort((a, b) => order(a)[0].localeCompare(order(b)[0]) || order(a)[1] - order(b)[1])) {
    const entry = cited.get(id) ?? { code: [], tests: [] };
    lines.push(`| ${id} | ${list(entry.code, 6)} | ${list(entry.tests, 6)} |`);
  }
  lines.push('');
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeFileSync(traceabilityFile, renderTraceability());
  console.log(`wrote ${path.relative(process.cwd(), traceabilityFile)}`);
}
