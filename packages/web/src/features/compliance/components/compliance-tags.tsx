import type { ComplianceItemBody } from '@liuhen/contracts';
import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../../i18n/language-context';
import { formatMinute } from '../../cases/record-time';

type Status = ComplianceItemBody['status'];
type Severity = ComplianceItemBody['severity'];

/** Checklist order: what needs action first. */
export const statusOrder: readonly Status[] = ['overdue', 'missing', 'dueSoon', 'open', 'excepted', 'notice', 'done'];

const statusColor: Record<Status, string> = {
  overdue: 'red',
  missing: 'volcano',
  dueSoon: 'orange',
  open: 'blue',
  excepted: 'purple',
  notice: 'cyan',
  done: 'green',
};
const severityColor: Record<Severity, string> = { violation: 'red', warning: 'orange', info: 'default' };

export function StatusTag({ status }: { status: Status }) {
  const { t } = useI18n();
  return <Tag color={statusColor[status]}>{t(`compliance.status.${status}`)}</Tag>;
}

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useI18n();
  return <Tag color={severityColor[severity]}>{t(`compliance.severity.${severity}`)}</Tag>;
}

/** A deadline in Beijing time, marked when it rests on a year without a published holiday schedule. */
export function DueTime({ item }: { item: Pick<ComplianceItemBody, 'dueAt' | 'provisional'> }) {
  const { t } = useI18n();
  if (!item.dueAt) return <>—</>;
  return (
    <span>
      {formatMinute(item.dueAt)}
      {item.provisional && (
        <Tooltip title={t('compliance.provisionalHint')}>
          <Tag style={{ marginInlineStart: 6 }}>{t('compliance.provisional')}</Tag>
        </Tooltip>
      )}
    </span>
  );
}
