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
  'case.not_found': { zh: '案件不存在或无权查看', en: 'No such case, or you may not see it' },
  'case.version_conflict': {
    zh: '案件已被他人修改（当前版本 {current}，提交版本 {expected}），请刷新后重试',
    en: 'Someone else changed the case (now version {current}, you sent {expected}); reload and retry',
  },
  'case.approval_required': {
    zh: '此操作须先经内部审批（{type}）批准',
    en: 'This action needs an approved internal approval ({type}) first',
  },
  'case.approval_mismatch': {
    zh: '所附审批（{approvalId}）不是本案件此操作的已批准审批',
    en: 'Approval {approvalId} is not an approved approval of this case for this action',
  },
  'case.intake_incomplete': {
    zh: '案件来源为{source}时须填写：{fields}',
    en: 'A case from source {source} needs: {fields}',
  },
  'case.complaint_time_barred': {
    zh: '违法行为终了已逾 {years} 年，投诉、举报应走不予受理程序（INIT-08）',
    en: 'The violation ended more than {years} years ago: the complaint must take the non-acceptance route (INIT-08)',
  },
  'case.not_handler': {
    zh: '只有本案承办人可以执行此操作',
    en: 'Only a handler of this case may do this',
  },
  'activity.stage_not_allowed': {
    zh: '案件当前阶段（{stage}）不能记录此类执法活动（{type}）',
    en: 'An activity of type {type} cannot be recorded in stage {stage}',
  },
  'activity.ends_before_start': { zh: '执法活动结束时间早于开始时间', en: 'The activity ends before it starts' },
  'activity.too_few_officers': {
    zh: '此类执法活动（{type}）须至少 2 名执法人员在场（当前 {count} 名）',
    en: 'An activity of type {type} needs at least 2 officers present (got {count})',
  },
  'activity.officer_not_certified': {
    zh: '{name} 未持有有效执法证，不能作为在场执法人员',
    en: '{name} holds no valid enforcement certificate and cannot act at this activity',
  },
  'activity.not_found': { zh: '执法活动不存在', en: 'No such activity' },
  'document.type_unknown': { zh: '未知的文书类型：{typeCode}', en: 'Unknown document type: {typeCode}' },
  'document.not_found': { zh: '文书不存在或无权查看', en: 'No such document, or you may not see it' },
  'document.version_conflict': {
    zh: '文书已被他人修改（当前第 {current} 版，提交时基于第 {expected} 版），请刷新后重试',
    en: 'Someone else changed the document (now version {current}, yours was based on {expected}); reload and retry',
  },
  'document.incomplete': {
    zh: '文书不能定稿，尚有问题：{problems}',
    en: 'The document cannot be finalised: {problems}',
  },
  'document.correction_reason_required': {
    zh: '更正已定稿的文书须填写更正理由',
    en: 'Correcting a finalised document needs a reason',
  },
  'document.scan_type_unsupported': {
    zh: '纸质原件扫描件只接受 PDF、JPEG 或 PNG 文件（收到 {mediaType}）',
    en: 'Scans of signed originals must be PDF, JPEG or PNG (got {mediaType})',
  },
  'document.scan_content_mismatch': {
    zh: '文件内容与声明的类型 {mediaType} 不符',
    en: 'The file content does not match its declared type {mediaType}',
  },
  'document.scan_empty': { zh: '扫描件为空文件', en: 'The scan is an empty file' },
  'case.document_required': {
    zh: '执行此操作（{action}）前须有已定稿的文书：{documents}',
    en: 'The action {action} needs a finalised document first: {documents}',
  },
  'case.referral_target_required': { zh: '移送须写明移送机关', en: 'A referral must name the receiving body' },
  'case.ended_on_required': {
    zh: '结案或终止须填写行政执法行为终结之日（行政执法事项办理完毕之日）（CLOSE-02）',
    en: 'Closing or terminating a case needs the date the enforcement act ended (CLOSE-02)',
  },
  'case.ended_on_in_future': {
    zh: '行政执法行为终结之日（{endedOn}）不能晚于今天（{today}）（CLOSE-02）',
    en: 'The end date of the enforcement act ({endedOn}) cannot be after today ({today}) (CLOSE-02)',
  },
  'case.ended_on_before_opened': {
    zh: '行政执法行为终结之日（{endedOn}）不能早于立案（登记）之日（{openedOn}）（CLOSE-02）',
    en: 'The end date of the enforcement act ({endedOn}) cannot be before the case was opened ({openedOn}) (CLOSE-02)',
  },
  'document.prerequisite_missing': {
    zh: '制作此文书（{typeCode}）前须先有已定稿并送达的：{documents}（EXEC-03）',
    en: 'The document {typeCode} needs a finalised {documents} first (EXEC-03)',
  },
  'case.pre_decision_records_missing': {
    zh: '作出决定前须有以下已定稿的记录（DEC-11）：{documents}',
    en: 'The decision needs these finalised pre-decision records first (DEC-11): {documents}',
  },
  'document.approval_required': {
    zh: '此文书（{typeCode}）须经内部审批（{type}）批准后才能定稿',
    en: 'The document {typeCode} can be finalised only after an approved {type} approval',
  },
  'hearing.notice_not_served': {
    zh: '举行听证前须有已送达的听证通知书（送达回证文号须与通知书一致）',
    en: 'A hearing needs a served hearing notice (the service receipt must name the notice’s number)',
  },
  'hearing.notice_too_late': {
    zh: '听证通知书须在听证 {days} 日前送达（送达时间 {servedAt}，听证时间 {hearingAt}）',
    en: 'The hearing notice must be served {days} days before the hearing (served {servedAt}, hearing {hearingAt})',
  },
  'activity.summary_required': {
    zh: '此类执法活动（{type}）须写明情况（谁、何时、拒绝或放弃了什么）',
    en: 'An activity of type {type} needs a description (who, when, what was refused or waived)',
  },
  'case.inspection_selection_required': {
    zh: '双随机抽查案件须记录抽查方式和随机抽取的检查对象（INSP-01）',
    en: 'A double-random inspection case must record the selection method and the drawn targets (INSP-01)',
  },
  'material.not_found': { zh: '材料登记不存在或无权查看', en: 'No such register item, or you may not see it' },
  'approval.not_found': { zh: '审批不存在或无权查看', en: 'No such approval, or you may not see it' },
  'approval.out_of_order': {
    zh: '审批顺序不对：当前状态为 {status}，不能进行{step}（须先审核后批准，APPR-01）',
    en: 'Out of order: the approval is {status}, so {step} is not possible (review comes before approval, APPR-01)',
  },
  'approval.role_required': {
    zh: '此审批步骤（{step}）须由 {roles} 进行',
    en: 'This step ({step}) must be taken by {roles}',
  },
  'approval.same_person': {
    zh: '同一人不能在同一审批中担任两个环节（{step}）',
    en: 'One person may not take two steps of the same approval ({step})',
  },
  'approval.already_pending': {
    zh: '本案已有同类审批（{type}）正在办理',
    en: 'An approval of this type ({type}) is already in progress for this case',
  },
  'av.not_found': { zh: '音像记录不存在或无权查看', en: 'No such A/V record, or you may not see it' },
  'av.file_name_required': {
    zh: '上传须提供文件名（Upload-Metadata 中的 filename）',
    en: 'An upload needs its file name (filename in Upload-Metadata)',
  },
  'av.hash_algorithm_mismatch': {
    zh: '声明的哈希算法 {declared} 与本机关账本算法 {expected} 不一致',
    en: 'The declared hash algorithm {declared} differs from the agency ledger algorithm {expected}',
  },
  'av.upload_not_yours': {
    zh: '只能续传自己创建的上传',
    en: 'Only whoever created an upload may continue it',
  },
  'av.case_closed': {
    zh: '案件已结案或归档（{stage}），不能再关联音像记录',
    en: 'The case is closed or archived ({stage}); no A/V record can be linked to it',
  },
  'av.version_conflict': {
    zh: '音像记录已被他人修改（当前版本 {current}，提交版本 {expected}），请刷新后重试',
    en: 'Someone else changed the A/V record (now version {current}, you sent {expected}); reload and retry',
  },
  'av.invalid_range': {
    zh: '请求的字节范围无效：{range}',
    en: 'Invalid byte range: {range}',
  },
  'station.not_found': { zh: '采集站不存在：{name}', en: 'No such ingest station: {name}' },
  'station.name_taken': { zh: '采集站名称已存在：{name}', en: 'An ingest station named {name} already exists' },
  'station.token_invalid': {
    zh: '采集站令牌无效或已吊销',
    en: 'The ingest-station token is invalid or revoked',
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
  'av.exception_reason_required': {
    zh: '音像记录回单位后 24 小时内存储的例外须书面写明原因（连续工作、异地执法、偏远或交通不便地区等，AVS-01）',
    en: 'The return-to-unit storage exception needs a written reason (continuous work, off-site work, remote area …, AVS-01)',
  },
  'av.return_time_required': {
    zh: '适用回单位后 24 小时内存储的例外须记录返回单位的时间（AVS-01）',
    en: 'The return-to-unit storage exception needs the time of return to the unit (AVS-01)',
  },
  'av.return_before_capture': {
    zh: '返回单位时间（{returnedAt}）早于音像记录制作完成时间（{capturedTo}），不能适用回单位后存储的例外',
    en: 'The return to the unit ({returnedAt}) precedes the end of the recording ({capturedTo}); the exception does not apply',
  },
  'av.key_content_unknown': {
    zh: '“{item}”不是本规定的重点摄录内容项目（AV-05）',
    en: '"{item}" is not a key-content item of this profile (AV-05)',
  },
  'av.case_metadata_missing': {
    zh: '音像记录关联案件前须载明执法时间、地点、执法事项、当事人和相关人员、执法人员及执法过程（{article}），尚缺：{fields}',
    en: 'Before joining a case the recording needs time, place, persons, officers and a summary ({article}); missing: {fields}',
  },
  'av.gap_not_found': {
    zh: '该活动的音像记录在 {beforeId} 与 {afterId} 之间没有中断',
    en: 'The activity has no break in its A/V between {beforeId} and {afterId}',
  },
  'av.exception_not_allowed': {
    zh: '本规定不允许以该理由免除音像记录（AV-02、AV-10）',
    en: 'This profile does not allow that exception to the A/V requirement (AV-02, AV-10)',
  },
  'av.unsuitable_reason_required': {
    zh: '不适宜音像记录的，须书面记录原因（AV-02）',
    en: 'An activity unsuitable for A/V needs the reason in writing (AV-02)',
  },
  'av.limitation_reason_required': {
    zh: '受客观条件限制无法全程录音录像的，须写明原因（AV-10）',
    en: 'When objective conditions prevent whole-process recording, the reason is required (AV-10)',
  },
  'av.key_steps_required': {
    zh: '无法全程录音录像的，须对重要环节进行录音录像并关联到本活动（AV-10）',
    en: 'Without whole-process recording, the key steps must be recorded and linked to the activity (AV-10)',
  },
  'av.written_record_required': {
    zh: '无法全程录音录像的，须同时有定稿的文字记录（AV-10）',
    en: 'Without whole-process recording, a finalised written record is required as well (AV-10)',
  },
  'av.custody_officer_not_allowed': {
    zh: '音像记录制作完成后，行政执法人员不得自行保管（{article}），只能交由信息系统、单位专门存储设备或指定专人保管（AVS-02）',
    en: 'After recording, the officer may not keep the A/V material personally ({article}); hand it to the system, unit storage or designated staff (AVS-02)',
  },
  'av.custody_designated_staff_not_allowed': {
    zh: '本规定未规定可交由指定专人保管音像记录（{article}），请交由信息系统或单位专门存储设备（AVS-02）',
    en: 'This profile does not provide for designated staff holding A/V material ({article}); use the system or unit storage (AVS-02)',
  },
  'av.custody_person_required': {
    zh: '交由个人保管（{kind}）须指明保管人',
    en: 'A hand-over to a person ({kind}) needs the custodian',
  },
  'av.custody_unchanged': {
    zh: '该音像记录已由该保管人保管，无需移交',
    en: 'The A/V record is already held by that custodian',
  },
  'av.handover_not_in_profile': {
    zh: '本规定没有音像资料月度移交的要求（AVS-07 仅适用于规定了每月移交的机关）',
    en: 'This profile has no monthly hand-over of A/V material (AVS-07)',
  },
  'av.handover_too_early': {
    zh: '{month} 的音像资料应于每月最后一周（{from} 至 {to}）移交，现在尚不能登记移交（AVS-07）',
    en: 'The A/V material of {month} is handed over in the last week of the month ({from} to {to}); it cannot be recorded yet (AVS-07)',
  },
  'av.handover_nothing': {
    zh: '该执法人员 {month} 没有尚未移交的音像资料',
    en: 'The officer holds no A/V material of {month} still to hand over',
  },
  'av.handover_same_person': {
    zh: '保管人不能是移交音像资料的执法人员本人',
    en: 'The custodian cannot be the officer handing the material over',
  },
  'av.evidence_copy_not_in_profile': {
    zh: '本规定没有将音像记录转化至存储媒介作为证据的要求（AVS-04）',
    en: 'This profile has no evidence copies of A/V records to a storage medium (AVS-04)',
  },
  'av.evidence_copy_needs_case': {
    zh: '音像记录作为证据使用须先关联案件，转化说明附卷（{article}）',
    en: 'An A/V record used as evidence must be linked to a case first; the explanation joins its file ({article})',
  },
  'av.evidence_copy_explanation_required': {
    zh: '转化至存储媒介须制作书面说明（AVS-04）',
    en: 'A copy to a storage medium needs the written explanation (AVS-04)',
  },
  'av.evidence_copy_in_future': {
    zh: '转化日期 {copiedOn} 晚于今天（{today}）',
    en: 'The copy date {copiedOn} is after today ({today})',
  },
  'compliance.blocked': {
    zh: '有 {count} 项合规问题未解决（{rules}；{articles}），须整改或经合规例外审批后方可继续',
    en: '{count} open compliance finding(s) ({rules}; {articles}) block this step; resolve them or record an approved compliance override',
  },
  'compliance.override_invalid': {
    zh: '合规例外审批 {approvalId} 不可用：须为本案已批准且未使用的合规例外审批',
    en: 'Compliance override {approvalId} cannot be used: it must be an approved, unused compliance-override approval of this case',
  },
  'profile.invalid': {
    zh: '执法全过程记录规定配置 {file} 有误：{issues}',
    en: 'Profile {file} is invalid: {issues}',
  },
  'profile.not_selected': {
    zh: '本机关尚未选用执法全过程记录规定，请系统管理员在“系统管理 → 执法全过程记录规定”中选用后再办理',
    en: 'The agency has not selected its profile yet; an administrator selects it under System administration → Profiles',
  },
  'profile.not_found': { zh: '没有该执法全过程记录规定配置：{profileId}', en: 'No such profile: {profileId}' },
  'profile.duplicate': {
    zh: '配置 {file} 的标识 {profileId} 与 {other} 重复',
    en: 'Profile {file} has the id {profileId} already used by {other}',
  },
  'av_file_name.pattern_malformed': {
    zh: '音像文件名格式有误（花括号不配对、占位符重复或没有占位符）：{pattern}',
    en: 'The A/V file-name pattern has unbalanced braces, a repeated placeholder or no placeholder: {pattern}',
  },
  'av_file_name.placeholder_unknown': {
    zh: '音像文件名格式含未知占位符 {placeholder}（可用：serial、officer、seq、any、yyyy、yy、MM、dd、HH、mm、ss，文本占位符可写作“officer:位数”）',
    en: 'Unknown placeholder {placeholder} in the A/V file-name pattern (use serial, officer, seq, any, yyyy, yy, MM, dd, HH, mm, ss; text placeholders take a width as officer:7)',
  },
  'av_file_name.time_incomplete': {
    zh: '音像文件名格式含日期时间时须同时包含年、月、日、时、分（秒可省略）：{pattern}',
    en: 'A file-name pattern with a capture time needs year, month, day, hour and minute (seconds optional): {pattern}',
  },
  'av_dock_layout.malformed': {
    zh: '采集站目录结构有误（可用 {device}、{officer}、* 与单独一段的 **，每个占位符至多一次且至少一个，不得有空段）：{layout}',
    en: 'The dock folder layout is malformed (use {device}, {officer}, * and ** as a whole segment; each placeholder at most once, at least one, no empty segment): {layout}',
  },
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
