import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { domainError } from '@liuhen/domain';
import { z } from 'zod';

/**
 * Every setting, once: its documentation, schema, default and environment variable (Papra's shape).
 * A JSON config file (LIUHEN_CONFIG_FILE) may hold the same keys; the environment wins over the file.
 */
const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const settings = {
  port: { env: 'LIUHEN_PORT', doc: 'HTTP port / 监听端口', schema: integer(0, 65535), default: 8080 },
  host: { env: 'LIUHEN_HOST', doc: 'HTTP bind address / 监听地址', schema: z.string().min(1), default: '127.0.0.1' },
  dataDir: {
    env: 'LIUHEN_DATA_DIR',
    doc: 'Data directory (SQLite database, blobs, keys) / 数据目录',
    schema: z.string().min(1),
    default: './data',
  },
  databaseUrl: {
    env: 'LIUHEN_DATABASE_URL',
    doc: 'postgres://… to use PostgreSQL; unset = SQLite in the data directory / 数据库地址',
    schema: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'must start with postgres:// (unset it to use SQLite)' })
      .optional(),
    default: undefined,
  },
  adminPassword: {
    env: 'LIUHEN_ADMIN_PASSWORD',
    doc: 'Bootstrap administrator password on first start (must be changed at first login) / 初始管理员密码',
    schema: z.string().min(1).optional(),
    default: undefined,
  },
  profile: {
    env: 'LIUHEN_PROFILE',
    doc: 'Jurisdiction profile of the agency created on first start (e.g. linxi-hrss); unset = choose in 系统管理 / 初始化时选用的执法全过程记录规定',
    schema: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,62}$/)
      .optional(),
    default: undefined,
  },
  profilesDir: {
    env: 'LIUHEN_PROFILES_DIR',
    doc: "The agency's own profiles (YAML/JSON), added to the shipped ones; unset = <data dir>/profiles / 本机关自定义规定配置目录",
    schema: z.string().min(1).optional(),
    default: undefined,
  },
  calendarDir: {
    env: 'LIUHEN_CALENDAR_DIR',
    doc: 'State Council holiday schedules as data, one <year>.json each, adding or amending years (docs/calendar.md); unset = <data dir>/calendar / 法定节假日安排文件目录',
    schema: z.string().min(1).optional(),
    default: undefined,
  },
  agencyName: {
    env: 'LIUHEN_AGENCY_NAME',
    doc: 'Name of the agency created on first start / 初始化时创建的行政执法机关名称',
    schema: z.string().min(1).max(100),
    default: '行政执法机关（请在系统管理中修改名称）',
  },
  sessionIdleMinutes: {
    env: 'LIUHEN_SESSION_IDLE_MINUTES',
    doc: 'A session ends after this many minutes without a request / 会话空闲超时（分钟）',
    schema: integer(1, 24 * 60),
    default: 30,
  },
  sessionMaxHours: {
    env: 'LIUHEN_SESSION_MAX_HOURS',
    doc: 'A session ends this many hours after login, whatever happens / 会话最长时长（小时）',
    schema: integer(1, 24 * 7),
    default: 12,
  },
  loginMaxFailures: {
    env: 'LIUHEN_LOGIN_MAX_FAILURES',
    doc: 'Failed logins in a row that lock an account / 连续登录失败锁定次数',
    schema: integer(1, 100),
    default: 5,
  },
  loginLockMinutes: {
    env: 'LIUHEN_LOGIN_LOCK_MINUTES',
    doc: 'How long a locked account stays locked / 账号锁定时长（分钟）',
    schema: integer(1, 24 * 60),
    default: 15,
  },
  secureCookies: {
    env: 'LIUHEN_SECURE_COOKIES',
    doc: 'Mark cookies Secure (set when served over HTTPS) / 仅通过 HTTPS 发送 Cookie',
    schema: z.enum(['true', 'false']).transform((v) => v === 'true'),
    default: false,
  },
  logLevel: {
    env: 'LIUHEN_LOG_LEVEL',
    doc: 'Log level: fatal, error, warn, info, debug, trace, silent / 日志级别',
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    default: 'info',
  },
  ledgerHash: {
    env: 'LIUHEN_LEDGER_HASH',
    doc: 'Ledger hash, chosen at initialisation and fixed for the life of the log: sha256 or sm3 / 账本哈希算法',
    schema: z.enum(['sha256', 'sm3']),
    default: 'sha256',
  },
  ledgerSignature: {
    env: 'LIUHEN_LEDGER_SIGNATURE',
    doc: 'Checkpoint signature, chosen at initialisation: ed25519 or sm2 / 检查点签名算法',
    schema: z.enum(['ed25519', 'sm2']),
    default: 'ed25519',
  },
  ledgerOrigin: {
    env: 'LIUHEN_LEDGER_ORIGIN',
    doc: 'Ledger name in checkpoints, e.g. liuhen.example.gov.cn/benxi-hrss; default liuhen/<agency id> / 账本名称',
    schema: z
      .string()
      .regex(/^[\x21-\x7e]+$/, { message: 'printable ASCII without spaces' })
      .refine((v) => !v.includes('+'), { message: 'must not contain +' })
      .optional(),
    default: undefined,
  },
  ledgerSigningKeyFile: {
    env: 'LIUHEN_LEDGER_SIGNING_KEY_FILE',
    doc: 'Checkpoint signing key file; default <data dir>/keys/ledger-<agency id>.key / 检查点签名私钥文件',
    schema: z.string().min(1).optional(),
    default: undefined,
  },
  checkpointEveryEntries: {
    env: 'LIUHEN_CHECKPOINT_EVERY_ENTRIES',
    doc: 'Sign a checkpoint every N ledger entries (0: only on the timer) / 每 N 条记录签署检查点',
    schema: integer(0, 10_000_000),
    default: 1000,
  },
  checkpointIntervalSeconds: {
    env: 'LIUHEN_CHECKPOINT_INTERVAL_SECONDS',
    doc: 'Sign a checkpoint every T seconds when the log grew (0: off) / 每 T 秒签署检查点',
    schema: integer(0, 86_400),
    default: 60,
  },
  complianceSweepSeconds: {
    env: 'LIUHEN_COMPLIANCE_SWEEP_SECONDS',
    doc: 'Re-evaluate cases whose compliance deadlines pass every T seconds (0: off; all open cases daily) / 合规定时评估间隔（秒）',
    schema: integer(0, 86_400),
    default: 300,
  },
  blobStore: {
    env: 'LIUHEN_BLOB_STORE',
    doc: 'Where files are kept: disk (<data dir>/blobs) or s3 (S3-compatible object storage) / 文件存储位置',
    schema: z.enum(['disk', 's3']),
    default: 'disk',
  },
  s3Endpoint: {
    env: 'LIUHEN_S3_ENDPOINT',
    doc: 'S3 endpoint URL (MinIO, Ceph, Swift, OSS); unset = AWS / S3 服务地址',
    schema: z.url({ protocol: /^https?$/ }).optional(),
    default: undefined,
  },
  s3Bucket: {
    env: 'LIUHEN_S3_BUCKET',
    doc: 'S3 bucket / 存储桶',
    schema: z.string().min(3).optional(),
    default: undefined,
  },
  s3Region: { env: 'LIUHEN_S3_REGION', doc: 'S3 region / 区域', schema: z.string().min(1), default: 'us-east-1' },
  s3AccessKeyId: {
    env: 'LIUHEN_S3_ACCESS_KEY_ID',
    doc: 'S3 access key id / 访问密钥 ID',
    schema: z.string().min(1).optional(),
    default: undefined,
  },
  s3SecretAccessKey: {
    env: 'LIUHEN_S3_SECRET_ACCESS_KEY',
    doc: 'S3 secret access key / 访问密钥',
    schema: z.string().min(1).optional(),
    default: undefined,
  },
  s3ForcePathStyle: {
    env: 'LIUHEN_S3_FORCE_PATH_STYLE',
    doc: 'Path-style S3 URLs (needed by Swift and most self-hosted stores) / 路径风格地址',
    schema: z.enum(['true', 'false']).transform((v) => v === 'true'),
    default: true,
  },
  tsaUrl: {
    env: 'LIUHEN_TSA_URL',
    doc: 'RFC 3161 time-stamping authority URL; each checkpoint gets a token from it / 可信时间戳服务地址',
    schema: z.url({ protocol: /^https?$/ }).optional(),
    default: undefined,
  },
  tsaRootsFile: {
    env: 'LIUHEN_TSA_ROOTS_FILE',
    doc: 'PEM file of the TSA root certificates verify trusts for timestamp tokens / 时间戳根证书（PEM）',
    schema: z.string().min(1).optional(),
    default: undefined,
  },
  webDir: {
    env: 'LIUHEN_WEB_DIR',
    doc: 'Directory of the built web UI; unset = the bundled build / 前端文件目录',
    schema: z.string().min(1).optional(),
    default: undefined,
  },
} as const;

type Settings = typeof settings;
export type Config = { [K in keyof Settings]: z.output<Settings[K]['schema']> } & {
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
};

type Source = Record<string, string | undefined>;

function readFile(file: string): Record<string, unknown> {
  if (!existsSync(file)) throw domainError('config.invalid', { key: 'LIUHEN_CONFIG_FILE', reason: `${file} 不存在` });
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw domainError('config.invalid', {
      key: 'LIUHEN_CONFIG_FILE',
      reason: `不是有效的 JSON 对象 (${String(error)})`,
    });
  }
}

/** Builds the one validated config object from the environment and an optional JSON file; names the bad key on error. */
export function loadConfig(
  env: Source = process.env,
  overrides: Partial<Record<keyof Settings, unknown>> = {},
): Config {
  const file = env.LIUHEN_CONFIG_FILE ? readFile(env.LIUHEN_CONFIG_FILE) : {};
  for (const key of Object.keys(file)) {
    if (!(key in settings)) {
      throw domainError('config.invalid', {
        key: `${env.LIUHEN_CONFIG_FILE}: ${key}`,
        reason: '未知配置项 / unknown key',
      });
    }
  }
  const values: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(settings)) {
    const raw = overrides[key as keyof Settings] ?? env[setting.env] ?? file[key];
    const input = raw === '' ? undefined : raw;
    if (input === undefined) {
      values[key] = setting.default;
      continue;
    }
    const parsed = (setting.schema as z.ZodType).safeParse(input);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((issue) => issue.message).join('; ');
      throw domainError('config.invalid', { key: setting.env, reason });
    }
    values[key] = parsed.data;
  }
  const dataDir = path.resolve(String(values.dataDir));
  values.dataDir = dataDir;
  if (values.blobStore === 's3') {
    for (const key of ['s3Bucket', 's3AccessKeyId', 's3SecretAccessKey'] as const) {
      if (values[key] === undefined) {
        throw domainError('config.invalid', { key: settings[key].env, reason: 'required when LIUHEN_BLOB_STORE=s3' });
      }
    }
  }
  const databaseUrl = values.databaseUrl as string | undefined;
  values.database = databaseUrl
    ? { kind: 'postgres', url: databaseUrl }
    : { kind: 'sqlite', file: path.join(dataDir, 'liuhen.db') };
  return values as Config;
}

/** The settings table for operators (`liuhen config`). */
export function describeSettings(): { env: string; doc: string; default: unknown }[] {
  return Object.values(settings).map((s) => ({ env: s.env, doc: s.doc, default: s.default }));
}
