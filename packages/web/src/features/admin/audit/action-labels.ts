import type { Label } from '../../../i18n/language-context';

/** Names of the ledger's action codes. Codes not listed here (newer server, other modules) are shown as is. */
export const actionLabels: Readonly<Record<string, Label>> = {
  'agency.initialised': { zh: '初始化机关', en: 'Agency initialised' },
  'agency.updated': { zh: '修改机关信息', en: 'Agency details changed' },
  'agency.profile_selected': { zh: '选用执法全过程记录规定', en: 'Jurisdiction profile selected' },
  'unit.created': { zh: '新建单位', en: 'Unit created' },
  'unit.updated': { zh: '修改单位', en: 'Unit changed' },
  'unit.dissolved': { zh: '撤销单位', en: 'Unit dissolved' },
  'user.created': { zh: '新建用户', en: 'User created' },
  'user.updated': { zh: '修改用户', en: 'User changed' },
  'user.disabled': { zh: '停用用户', en: 'User disabled' },
  'user.enabled': { zh: '启用用户', en: 'User enabled' },
  'user.password_reset': { zh: '重置密码', en: 'Password reset' },
  'user.password_changed': { zh: '修改密码', en: 'Password changed' },
  'user.logged_in': { zh: '登录', en: 'Signed in' },
  'user.logged_out': { zh: '退出登录', en: 'Signed out' },
  'user.login_failed': { zh: '登录失败', en: 'Sign-in failed' },
  'user.locked': { zh: '账号锁定', en: 'Account locked' },
  'certificate.registered': { zh: '登记执法证', en: 'Certificate registered' },
  'certificate.updated': { zh: '修改执法证', en: 'Certificate changed' },
  'case.opened': { zh: '新建案件', en: 'Case opened' },
  'case.transitioned': { zh: '案件阶段变更', en: 'Case stage changed' },
  'activity.recorded': { zh: '记录执法活动', en: 'Activity recorded' },
  'activity.av_gap_explained': { zh: '说明音像记录中断原因', en: 'A/V break explained' },
  'activity.av_exception_recorded': { zh: '记录音像记录例外', en: 'A/V exception recorded' },
  'document.created': { zh: '制作文书', en: 'Document made' },
  'document.revised': { zh: '修改（更正）文书', en: 'Document revised' },
  'document.scan_attached': { zh: '上传原件扫描件', en: 'Scan attached' },
  'material.registered': { zh: '登记当事人材料', en: 'Material registered' },
  'material.updated': { zh: '修改材料标记', en: 'Material marks changed' },
  'approval.proposed': { zh: '提请审批', en: 'Approval proposed' },
  'approval.reviewed': { zh: '审核', en: 'Approval reviewed' },
  'approval.decided': { zh: '批准（不批准）', en: 'Approval decided' },
  'av.custody_transferred': { zh: '音像记录保管移交', en: 'A/V custody handed over' },
  'av.handed_over': { zh: '音像资料月度移交', en: 'Monthly A/V hand-over' },
  'av.evidence_copied': { zh: '音像记录转化存储媒介', en: 'A/V evidence copy made' },
  'ledger.verified': { zh: '验证账本', en: 'Ledger verified' },
};

export const knownActions = Object.keys(actionLabels);

export function actionLabel(action: string): Label | undefined {
  return Object.hasOwn(actionLabels, action) ? actionLabels[action] : undefined;
}
