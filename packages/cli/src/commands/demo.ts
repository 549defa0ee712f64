import { caseSourceLabels, caseSources, caseStageLabels, caseStages, roleDefinitions } from '@liuhen/domain';
import { withLiuhen } from '../context';
import { type DemoAccount, DemoRefusedError, type DemoResult, loadDemo } from '../demo/load-demo';
import { demoAgency } from '../demo/demo-data';
import type { Io } from '../io';

/** Display width in a terminal: CJK and full-width characters take two columns. */
function widthOf(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char)
      ? 2
      : 1;
  return width;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - widthOf(text)));

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => widthOf(row[column] ?? ''))));
  return rows.map((row) => `  ${row.map((cell, column) => pad(cell, widths[column]!)).join('  ')}`.trimEnd());
}

function accountRows(accounts: DemoAccount[]): string[][] {
  return [
    ['用户名 username', '姓名 name', '角色 role', '单位 unit', '初始密码 password'],
    ...accounts.map((account) => [
      account.username,
      account.name,
      `${roleDefinitions[account.role].zh} ${account.role}`,
      account.unit ?? '-',
      account.password ?? '（LIUHEN_ADMIN_PASSWORD）',
    ]),
  ];
}

function summary(io: Io, result: DemoResult, url: string): void {
  const stages = new Set(result.cases.map((c) => c.stage));
  const sources = new Set(result.cases.map((c) => c.source));
  const { awaitingReview, awaitingApproval } = result.pendingApprovals;
  io.out('');
  io.out(
    `演示数据已载入：${result.agency.name}（${result.agency.shortName}），${result.units.length} 个单位、${result.accounts.length} 个账号、${result.cases.length} 件案件，覆盖 ${stages.size}/${caseStages.length} 个阶段和 ${sources.size}/${caseSources.length} 种案件来源；${awaitingReview} 件审批待审核、${awaitingApproval} 件待批准（见各人工作台）。`,
  );
  io.out('以上初始密码只显示这一次；每个账号首次登录时都必须修改密码。所有单位、人员和案件均为虚构。');
  io.out(
    `运行 npm start（或 liuhen serve）后打开 ${url} ，可用 zhangwei（执法人员）、zhaomin（科长）、liuyang（机关负责人）登录查看。`,
  );
  io.out('');
  io.out(
    `Demo loaded: ${demoAgency.name} (${result.agency.shortName}) with ${result.units.length} units, ${result.accounts.length} accounts and ${result.cases.length} cases covering ${stages.size}/${caseStages.length} stages and ${sources.size}/${caseSources.length} initiation sources; ${awaitingReview} ${awaitingReview === 1 ? 'approval awaits' : 'approvals await'} review and ${awaitingApproval} ${awaitingApproval === 1 ? 'awaits' : 'await'} approval (see the workbench).`,
  );
  io.out(
    'The initial passwords above are shown only once; every account must change its password at first login. All units, people and cases are fictitious.',
  );
  io.out(
    `Run npm start (or liuhen serve), open ${url} and log in as zhangwei (officer), zhaomin (unit head) or liuyang (agency head).`,
  );
}

/**
 * `liuhen demo`: loads a demonstration agency into an empty data directory or database, so that a newcomer who
 * runs `liuhen demo && npm start` sees a living system. It refuses (exit 1) where an agency or a case exists.
 */
export async function demoCommand(io: Io): Promise<number> {
  return withLiuhen(
    async (liuhen) => {
      io.out(`正在载入演示数据 Loading the demonstration agency: ${demoAgency.name}`);
      let result: DemoResult;
      try {
        result = await loadDemo(liuhen, (c, index, total) => {
          const position = `[${String(index + 1).padStart(2, '0')}/${total}]`;
          io.out(
            `  ${position} ${c.number}  ${caseSourceLabels[c.source].zh} → ${caseStageLabels[c.stage].zh}  ${c.cause}（${c.party}）  ${c.source} → ${c.stage}`,
          );
        });
      } catch (error) {
        if (error instanceof DemoRefusedError) {
          io.err(
            '错误：此数据目录（或数据库）已有行政执法机关或案件。演示数据只载入空的数据目录或空数据库，绝不与真实数据混在一起；未做任何更改。请将 LIUHEN_DATA_DIR（或 LIUHEN_DATABASE_URL）指向空的数据目录（或数据库）后重试。',
          );
          io.err(
            'Error: this data directory (or database) already holds an agency or cases. The demo loads only into an empty data directory or empty database, never beside real data; nothing was changed. Point LIUHEN_DATA_DIR (or LIUHEN_DATABASE_URL) at an empty one and try again.',
          );
          return 1;
        }
        io.err(
          '演示数据未能完整载入；请删除此数据目录（或数据库）后重试。 The demo did not load completely; delete this data directory (or database) and try again.',
        );
        throw error;
      }
      const { config } = liuhen.deps;
      io.out('');
      io.out('账号 Accounts:');
      for (const line of table(accountRows(result.accounts))) io.out(line);
      io.out(
        `账本 Ledger: ${config.ledgerHash.toUpperCase()} + ${config.ledgerSignature === 'sm2' ? 'SM2' : 'Ed25519'}（初始化后不可更改 / fixed for the life of the log）`,
      );
      summary(io, result, `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`);
      return 0;
    },
    // The demonstration agency is a human-resources and social-security bureau: Benxi's measures fit it (GEN-01).
    { agencyName: demoAgency.name, profile: process.env.LIUHEN_PROFILE ?? 'benxi-hrss' },
  );
}
