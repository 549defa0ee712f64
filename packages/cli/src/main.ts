import { defaultAvFileNamePattern } from '@liuhen/domain';
import { describeSettings } from '@liuhen/server';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { demoCommand } from './commands/demo';
import { initCommand } from './commands/init';
import { verifyCommand } from './commands/verify';
import {
  checkpointCommand,
  count,
  entriesCommand,
  proveConsistencyCommand,
  proveInclusionCommand,
  publicKeyCommand,
  timestampCommand,
} from './commands/ledger';
import { ingestCommand } from './commands/ingest';
import { serveCommand } from './commands/serve';
import { stationAddCommand, stationListCommand, stationRevokeCommand } from './commands/station';
import { complianceReevaluateCommand } from './commands/compliance';
import { unitAddCommand, unitListCommand } from './commands/unit';
import { userAddCommand, userListCommand, userResetPasswordCommand, userStatusCommand } from './commands/user';
import { type Io, processIo, reportError } from './io';

/** A positive number option (MiB, seconds). */
function positive(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) {
      throw new InvalidArgumentError(`${name} 须为正数 / must be a positive number: ${value}`);
    }
    return n;
  };
}

const settingsHelp = `
设置 Settings (environment variables):
${describeSettings()
  .map((s) => `  ${s.env.padEnd(28)} ${s.doc}${s.default !== undefined ? ` [${String(s.default)}]` : ''}`)
  .join('\n')}`;

/** Builds the `liuhen` command tree; every description is zh-CN first, English second. */
export function buildProgram(io: Io, result: { exitCode: number } = { exitCode: 0 }): Command {
  const program = new Command('liuhen')
    .description('留痕 · 行政执法全过程记录 — Liuhen, whole-process recording of administrative law enforcement')
    .helpOption('-h, --help', '显示帮助 / show help')
    .helpCommand('help [command]', '显示命令帮助 / show help for a command')
    .addHelpText('after', settingsHelp)
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride();

  program
    .command('serve')
    .description('启动服务（API 与网页界面） / start the server (API and web UI)')
    .action(() => serveCommand(io));
  program
    .command('init')
    .description(
      '初始化数据目录、数据库与初始管理员 / initialise the data directory, database and bootstrap administrator',
    )
    .option('--hash <sha256|sm3>', '账本哈希算法，初始化后不可更改 / ledger hash, fixed for the life of the log')
    .option('--signature <ed25519|sm2>', '检查点签名算法 / checkpoint signature algorithm')
    .option('--origin <name>', '账本名称 / ledger name in checkpoints, e.g. liuhen.example.gov.cn/benxi-hrss')
    .option('--agency-name <名称>', '行政执法机关名称 / agency name')
    .option(
      '--profile <id>',
      '适用的执法全过程记录规定（benxi-hrss、hengshan、linxi-hrss、fushun-culture、dalian-xigang-hrss 或自定义），也可稍后在系统管理中选用 / jurisdiction profile; can be chosen later in 系统管理',
    )
    .action((options) => initCommand(io, options));
  program
    .command('demo')
    .description(
      '在空的数据目录（或空数据库）中载入演示机关：单位、人员和各阶段的示例案件 / load a demonstration agency (units, people, sample cases in every stage) into an empty data directory or database',
    )
    .addHelpText(
      'after',
      `
已有行政执法机关或案件时拒绝运行，绝不与真实数据混在一起。账号的初始密码只显示一次，首次登录须修改。
Refuses where an agency or a case exists, so it never mixes with real data. Initial passwords are shown once and
must be changed at first login.

示例 Example:
  LIUHEN_DATA_DIR=./demo-data liuhen demo && LIUHEN_DATA_DIR=./demo-data npm start`,
    )
    .action(async () => {
      result.exitCode = await demoCommand(io);
    });
  const ledger = program
    .command('ledger')
    .description('防篡改账本（审计用） / the tamper-evident ledger, for auditors');
  ledger
    .command('checkpoint')
    .description('输出最新签名检查点（签名文本） / print the latest signed checkpoint (note text)')
    .option('--sign', '先签署一个新检查点 / sign a new checkpoint first')
    .action((options) => checkpointCommand(io, options));
  ledger
    .command('public-key')
    .description('输出验证公钥与算法 / print the verifier key and algorithms')
    .action(() => publicKeyCommand(io));
  ledger
    .command('timestamp')
    .description("写出检查点的 RFC 3161 可信时间戳（DER） / write a checkpoint's RFC 3161 timestamp token (DER)")
    .requiredOption('--size <N>', "检查点的树大小 / the checkpoint's tree size", count('size'))
    .requiredOption('--out <file>', '输出文件 / output file (.tsr)')
    .action((options) => timestampCommand(io, options));
  ledger
    .command('entries')
    .description('输出记录原文（base64）与叶哈希 / print entries: canonical bytes (base64) and leaf hashes')
    .requiredOption('--from <A>', '起始序号（含） / first index', count('from'))
    .requiredOption('--to <B>', '结束序号（不含） / end index, exclusive', count('to'))
    .option('--json', 'JSON 输出（默认） / JSON output (the default)')
    .action((options) => entriesCommand(io, options));
  ledger
    .command('prove-inclusion')
    .description('包含证明（RFC 9162） / inclusion proof (RFC 9162)')
    .requiredOption('--index <I>', '记录序号 / entry index', count('index'))
    .requiredOption('--size <N>', '树大小 / tree size', count('size'))
    .option('--json', 'JSON 输出（默认） / JSON output (the default)')
    .action((options) => proveInclusionCommand(io, options));
  ledger
    .command('prove-consistency')
    .description('一致性证明（RFC 9162） / consistency proof (RFC 9162)')
    .requiredOption('--from <M>', '较小的树大小 / smaller tree size', count('from'))
    .requiredOption('--to <N>', '较大的树大小 / larger tree size', count('to'))
    .option('--json', 'JSON 输出（默认） / JSON output (the default)')
    .action((options) => proveConsistencyCommand(io, options));

  program
    .command('verify')
    .description(
      '重新校验整个账本与全部文件，报告第一处不一致 / re-verify the whole ledger and every stored file; exit 0 only when all holds',
    )
    .option(
      '--public-key <vkey>',
      '信任的验证公钥，可重复；默认为数据目录中的公钥 / trusted verifier key, repeatable (default: the one in the data directory)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--no-blobs', '不校验文件 / skip the stored files')
    .option('--json', '以 JSON 输出报告 / print the report as JSON')
    .action(async (options) => {
      result.exitCode = await verifyCommand(io, options);
    });

  program
    .command('config')
    .description('列出全部设置 / list every setting')
    .action(() => io.out(settingsHelp.trim()));

  program
    .command('compliance')
    .description('合规评估（issue 6） / the compliance engine')
    .command('reevaluate')
    .description(
      '重新评估本机关全部案件（规定或节假日安排变更后） / re-evaluate every case (after a profile or calendar change)',
    )
    .action(() => complianceReevaluateCommand(io));

  const unit = program.command('unit').description('单位管理（GEN-07） / manage units');
  unit
    .command('add <name>')
    .description('新建单位 / add a unit')
    .requiredOption(
      '--kind <kind>',
      '类型 / kind: enforcementSection 执法科室/单位, legalAffairsUnit 法制机构, archiveRoom 档案室, office 办公室/信息中心, authorisedInstitution 法律法规授权组织, entrustedInstitution 受委托组织',
    )
    .option(
      '--legal-basis <text>',
      '授权/委托依据（授权、受委托组织必填） / legal basis, required for authorised and entrusted institutions',
    )
    .action((name: string, options) => unitAddCommand(io, name, options));
  unit
    .command('list')
    .description('列出单位 / list units')
    .option('--json', '以 JSON 输出 / print JSON')
    .action((options) => unitListCommand(io, options));

  const user = program.command('user').description('用户管理 / manage users');
  user
    .command('add <username>')
    .description('新建用户 / add a user')
    .requiredOption('--name <姓名>', '姓名 / display name')
    .requiredOption(
      '--role <role>',
      '角色，可重复 / role, repeatable: officer 执法人员, unitHead 承办机构负责人, agencyHead 机关负责人, legalAffairs 法制机构人员, recordsCustodian 档案管理员, admin 系统管理员, auditor 审计员',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--unit <unit>', '所属单位（名称或编号） / unit name or id')
    .option('--password <password>', '初始密码，省略则自动生成 / initial password (generated when omitted)')
    .action((username: string, options) => userAddCommand(io, username, options));
  user
    .command('list')
    .description('列出用户 / list users')
    .option('--json', '以 JSON 输出 / print JSON')
    .action((options) => userListCommand(io, options));
  user
    .command('disable <username>')
    .description('停用用户并结束其会话 / disable a user and end their sessions')
    .action((username: string) => userStatusCommand(io, username, 'disabled'));
  user
    .command('enable <username>')
    .description('重新启用用户 / enable a user again')
    .action((username: string) => userStatusCommand(io, username, 'active'));
  user
    .command('reset-password <username>')
    .description('重置密码并解除锁定 / reset the password and unlock')
    .option('--password <password>', '临时密码，省略则自动生成 / temporary password (generated when omitted)')
    .action((username: string, options) => userResetPasswordCommand(io, username, options));

  const station = program
    .command('station')
    .description('采集站管理（音像记录自动导入） / manage ingest stations (camera docks uploading A/V records)');
  station
    .command('add <name>')
    .description('登记采集站并生成上传令牌（只显示一次） / register a station and print its upload token (shown once)')
    .requiredOption('--unit <unit>', '所属单位（名称或编号） / unit name or id')
    .action((name: string, options) => stationAddCommand(io, name, options));
  station
    .command('list')
    .description('列出采集站 / list stations')
    .option('--json', '以 JSON 输出 / print JSON')
    .action((options) => stationListCommand(io, options));
  station
    .command('revoke <name>')
    .description('吊销采集站令牌 / revoke a station token')
    .action((name: string) => stationRevokeCommand(io, name));

  program
    .command('ingest <dir>')
    .description(
      '采集站上传：把目录中尚未传输的音像文件断点续传到服务器 / camera-dock uploader: send every file of DIR not yet transferred, resumably',
    )
    .requiredOption('--server <url>', '服务器地址 / server URL, e.g. https://liuhen.example.gov.cn')
    .requiredOption('--token <token>', '采集站令牌（liuhen station add） / station token (from liuhen station add)')
    .option('--watch', '持续监视新文件，Ctrl+C 停止 / keep watching for new files until interrupted')
    .option('--state <file>', '传输记录文件 / state file [DIR/.liuhen-ingest.json]')
    .option('--chunk-size <MiB>', '每个请求的数据块大小 / chunk size per request, MiB', positive('--chunk-size'), 8)
    .option(
      '--name-pattern <pattern>',
      `文件名格式，用于读取记录仪编号、执法人员编号与拍摄时间 / file-name pattern for device, officer and capture start [${defaultAvFileNamePattern}]`,
    )
    .option(
      '--layout <template>',
      '采集站目录结构，用于读取记录仪编号与执法人员编号，如 "{device}/{officer}/*" / dock folder layout for device and officer numbers, e.g. "{device}/{officer}/*"',
    )
    .option('--interval <seconds>', '监视时的扫描间隔 / scan interval with --watch', positive('--interval'), 5)
    .option(
      '--retry-for <seconds>',
      '服务器不可达时每个文件最长等待 / how long to wait for an unreachable server, per file',
      positive('--retry-for'),
      3600,
    )
    .option('--limit-rate <MiB/s>', '限制上传速度 / upload at most this many MiB/s', positive('--limit-rate'))
    .option('--hash <sha256|sm3>', '哈希算法，须与服务器账本一致 / hash algorithm, as the server ledger uses', 'sha256')
    .addHelpText(
      'after',
      `
只有服务器返回的内容哈希与本地计算一致时，文件才记为已传输；中断（本程序或服务器重启）后自动续传。
A file counts as transferred only when the hash the server computed equals the local one; interrupted uploads
resume after a restart of this command or of the server. Exit code 0 only when no file failed.

旁路文件 Sidecars: X.MP4.json 或 X.json（JSON 对象，字段 deviceNumber、deviceType、officerNumber、capturedFrom、
capturedTo、place、purpose）说明 X.MP4；JSON 文件只作旁路文件读取，不作为音像文件上传。取值优先级：旁路文件 > 目录结构
(--layout) > 文件名 (--name-pattern)。
X.MP4.json or X.json (a JSON object with any of those fields) describes X.MP4; JSON files are read as sidecars, never
uploaded as media. Precedence: sidecar > folder layout (--layout) > file name (--name-pattern). In --layout,
{device} and {officer} name a folder (or part of one), * is any one folder or file name, ** any number of folders.

示例 Example:
  liuhen ingest --server https://liuhen.example.gov.cn --token lhs_… /mnt/dock --watch`,
    )
    .action(async (dir: string, options) => {
      result.exitCode = await ingestCommand(io, dir, options);
    });
  return program;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it in-process. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const result = { exitCode: 0 };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return result.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    reportError(io, error);
    return 1;
  }
}
