/**
 * Domain errors: a stable code, structured details, and bilingual messages held as data.
 * HTTP status codes are not here: `server/src/http/errors.ts` maps codes to statuses in one table.
 */

type Message = { zh: string; en: string };

/** Every error code the system can answer with. Codes are stable: clients and scripts rely on them. */
export const errorMessages = {
  'request.invalid': { zh: '请求内容不符合要求：{issues}', en: 'The request is invalid: {issues}' },
  'request.too_large': {
    zh: '请求内容过大（上限 {limit} 字节）',
    en: 'The request body is too large (limit {limit} bytes)',
  },
  'request.not_found': { zh: '请求的接口不存在', en: 'No such API route' },
  'request.unsupported_media_type': { zh: '不支持的内容类型，请使用 JSON', en: 'Unsupported content type; send JSON' },
  'auth.required': { zh: '请先登录', en: 'Please log in first' },
  'auth.invalid_credentials': { zh: '用户名或密码错误', en: 'Wrong username or password' },
  'auth.account_locked': {
    zh: '登录失败次数过多，账号已锁定，请于 {until} 后再试',
    en: 'Too many failed logins; the account is locked until {until}',
  },
  'auth.account_disabled': {
    zh: '账号已停用，请联系系统管理员',
    en: 'This account is disabled; contact the administrator',
  },
  'auth.session_expired': { zh: '登录已过期，请重新登录', en: 'Your session has expired; please log in again' },
  'auth.csrf_failed': {
    zh: '请求校验失败（CSRF），请刷新页面后重试',
    en: 'Request verification (CSRF) failed; reload the page and try again',
  },
  'auth.password_change_required': {
    zh: '首次登录或密码已被重置，请先修改密码',
    en: 'You must change your password before continuing',
  },
  'auth.wrong_current_password': { zh: '当前密码不正确', en: 'The current password is wrong' },
  'auth.forbidden': { zh: '无权执行此操作', en: 'You are not allowed to do this' },
  'password.too_weak': {
    zh: '密码至少 {minLength} 位，且须同时包含字母和数字',
    en: 'Passwords need at least {minLength} characters, with both letters and digits',
  },
  'password.same_as_old': { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  'password.contains_username': { zh: '密码不能包含用户名', en: 'The password must not contain the username' },
  'agency.not_initialised': {
    zh: '系统尚未初始化，请先运行 liuhen init',
    en: 'Liuhen is not initialised yet; run liuhen init',
  },
  'unit.not_found': { zh: '单位不存在', en: 'No such unit' },
  'unit.name_taken': { zh: '已有同名单位：{name}', en: 'A unit named {name} already exists' },
  'unit.has_users': {
    zh: '单位下仍有 {count} 名用户，请先调整这些用户的所属单位',
    en: 'The unit still has {count} users; move them to another unit first',
  },
  'unit.entrustment_basis_required': {
    zh: '授权或受委托组织须填写授权/委托依据',
    en: 'Authorised and entrusted institutions need their legal basis or entrustment document',
  },
  'user.not_found': { zh: '用户不存在', en: 'No such user' },
  'user.username_taken': { zh: '用户名已被使用：{username}', en: 'The username {username} is already taken' },
  'user.username_invalid': {
    zh: '用户名须为 3–32 位小写字母、数字、点、下划线或连字符，并以字母或数字开头',
    en: 'Usernames are 3–32 lowercase letters, digits, dots, underscores or hyphens, starting with a letter or digit',
  },
  'user.roles_required': { zh: '至少须指定一个角色', en: 'At least one role is required' },
  'user.role_unknown': { zh: '未知角色：{role}', en: 'Unknown role: {role}' },
  'user.unit_required': {
    zh: '执法人员和承办机构负责人须指定所属单位',
    en: 'Officers and unit heads must belong to a unit',
  },
  'user.cannot_disable_self': { zh: '不能停用自己的账号', en: 'You cannot disable your own account' },
  'user.last_admin': {
    zh: '这是最后一个可用的系统管理员账号，不能停用或撤销其管理员角色',
    en: 'This is the last active administrator; it cannot be disabled or lose the administrator role',
  },
  'certificate.not_found': { zh: '执法证不存在', en: 'No such enforcement certificate' },
  'certificate.number_taken': {
    zh: '执法证号已被登记：{number}',
    en: 'The certificate number {number} is already registered',
  },
  'certificate.invalid_period': {
    zh: '有效期截止日期不能早于起始日期',
    en: 'The certificate cannot expire before it becomes valid',
  },
  'certificate.holder_not_officer': {
    zh: '只能为执法人员登记执法证（请先授予“执法人员”角色）',
    en: 'Certificates can only be registered for enforcement officers (grant the officer role first)',
  },
  'ledger.no_signing_key': {
    zh: '本节点没有账本检查点签名私钥，无法签署检查点',
    en: 'This node holds no checkpoint signing key for the ledger',
  },
  'ledger.timestamp_failed': {
    zh: '可信时间戳服务未能为检查点加盖时间戳：{reason}',
    en: 'The time-stamping authority did not timestamp the checkpoint: {reason}',
  },
  'ledger.no_timestamp': {
    zh: '大小为 {size} 的检查点没有可信时间戳',
    en: 'The checkpoint of size {size} has no RFC 3161 timestamp',
  },
  'ledger.no_checkpoint': { zh: '账本尚无已签署的检查点', en: 'The ledger has no signed checkpoint yet' },
  'ledger.out_of_range': {
    zh: '请求的账本范围无效（当前共 {logSize} 条记录）',
    en: 'The requested ledger range is invalid (the log has {logSize} entries)',
  },
  'blob.not_found': {
    zh: '找不到存储的文件（{algorithm} 哈希 {hash}）',
    en: 'No stored file has the {algorithm} hash {hash}',
  },
  'blob.hash_mismatch': {
    zh: '文件校验失败：{algorithm} 哈希应为 {expected}，实际为 {actual}，文件未保存',
    en: 'The file failed its integrity check: expected {algorithm} hash {expected}, got {actual}; nothing was stored',
  },
  'blob.invalid_hash': {
    zh: '文件哈希无效：须为 sha256 或 sm3 算法及 64 位小写十六进制（收到 {algorithm} {hash}）',
    en: 'Invalid file hash: use sha256 or sm3 with 64 lower-case hex digits (got {algorithm} {hash})',
  },
  'blob.invalid_range': {
    zh: '请求的字节范围 {start}–{end} 超出文件范围（文件共 {size} 字节）',
    en: 'The byte range {start}–{end} is outside the file ({size} bytes)',
  },
  'case.transition_not_allowed': {
    zh: '案件当前阶段（{stage}，{procedure}）不允许执行操作 {action}',
    en: 'A {procedure}-procedure case in stage {stage} cannot take the action {action}',
  },
  'case.act_out_of_scope': {
    zh: '本机关适用的规定不包括此类执法行为（{act}）',
    en: 'The enforcement act {act} is not in scope for this agency profile',
  },
  'case.too_few_handlers': {
    zh: '调查取证须由至少 {minimum} 名执法人员进行（当前 {count} 名）',
    en: 'Investigation needs at least {minimum} enforcement officers (got {count})',
  },
  'case.handler_not_certified': {
    zh: '{name} 不能担任承办人：执法证不符合要求（{reason}）',
    en: '{name} cannot act as a case handler: certificate problem ({reason})',
  },
  'case.complainant_notice_required': {
    zh: '实名投诉、举报不启动执法程序的，须先记录告知投诉人、举报人的日期和方式',
    en: 'Record the date and method of the notice to the real-name complainant before declining the case',
  },
  'case_number.pattern_malformed': {
    zh: '案号格式有误（花括号不配对）：{pattern}',
    en: 'The case-number pattern has unbalanced braces: {pattern}',
  },
  'case_number.placeholder_unknown': {
    zh: '案号格式含未知占位符 {placeholder}（可用：机关简称、年、序号，序号可写作“序号:位数”）',
    en: 'Unknown placeholder {placeholder} in the case-number pattern (use shortName, year, seq or seq:width)',
  },
  'case_number.sequence_required': {
    zh: '案号格式须包含序号占位符：{pattern}',
    en: 'The case-number pattern needs a sequence placeholder: {pattern}',
  },
  'case_number.value_invalid': {
    zh: '生成案号的取值无效：{field} = {value}',
    en: 'Invalid value for the case number: {field} = {value}',
  },
  'config.invalid': { zh: '配置项 {key} 无效：{reason}', en: 'Setting {key} is invalid: {reason}' },
  internal: {
    zh: '系统内部错误，请稍后再试（请求编号 {requestId}）',
    en: 'Internal error; try again later (request {requestId})',
  },
} as const satisfies Record<string, Message>;

export type ErrorCode = keyof typeof errorMessages;
export type ErrorDetails = Record<string, unknown>;

/** An expected failure with a stable code; never carries a stack trace to clients. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, details: ErrorDetails = {}) {
    super(formatErrorMessage(code, details, 'en'));
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

/** Creates a DomainError; the one way domain code reports an expected failure. */
export function domainError(code: ErrorCode, details: ErrorDetails = {}): DomainError {
  return new DomainError(code, details);
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

/** Fills `{name}` placeholders from the details; unknown placeholders stay visible rather than vanish. */
export function formatErrorMessage(code: ErrorCode, details: ErrorDetails, language: 'zh' | 'en'): string {
  const template: string = errorMessages[code][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = details[name];
    return value === undefined || value === null ? whole : String(value);
  });
}
