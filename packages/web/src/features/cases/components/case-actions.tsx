import type { CaseDetailBody } from '@liuhen/contracts';
import { Button, Space, Tooltip, Typography } from 'antd';
import { approvalStatusLabels, approvalTypeLabels, caseActionLabels } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import type { AvailableAction } from '../cases.api';

/** What the button of an action does now. */
export type ActionMode = 'perform' | 'propose' | 'pending' | 'unavailable';

export function modeOf(action: AvailableAction): ActionMode {
  if (action.ready) return 'perform';
  const approval = action.approval;
  if (approval && approval.timing === 'before' && approval.status !== 'approved') {
    return approval.status === 'proposed' || approval.status === 'reviewed' ? 'pending' : 'propose';
  }
  return 'unavailable';
}

type Props = {
  detail: CaseDetailBody;
  onPerform: (action: AvailableAction) => void;
  onPropose: (action: AvailableAction) => void;
};

/**
 * One button per available action. An action waiting for an approval offers 提请审批 first; once approved (ready)
 * the same button performs the transition.
 */
export function CaseActions({ detail, onPerform, onPropose }: Props) {
  const { t, pick } = useI18n();
  if (detail.actions.length === 0) return <Typography.Text type="secondary">{t('cases.noActions')}</Typography.Text>;
  return (
    <Space wrap data-testid="case-actions">
      {detail.actions.map((action) => {
        const mode = modeOf(action);
        const label = pick(caseActionLabels[action.action]);
        const approval = action.approval;
        const common = { 'data-testid': `case-action-${action.action}`, 'data-mode': mode } as const;
        if (mode === 'perform') {
          return (
            <Button key={action.action} type="primary" onClick={() => onPerform(action)} {...common}>
              {label}
            </Button>
          );
        }
        if (mode === 'propose' && approval) {
          return (
            <Tooltip key={action.action} title={pick(approvalTypeLabels[approval.type])}>
              <Button onClick={() => onPropose(action)} disabled={!detail.canRecord} {...common}>
                {t('cases.actionPropose', { action: label })}
              </Button>
            </Tooltip>
          );
        }
        return (
          <Tooltip
            key={action.action}
            title={
              mode === 'pending' && approval?.status
                ? t('transition.pending', { status: pick(approvalStatusLabels[approval.status]) })
                : undefined
            }
          >
            <Button disabled {...common}>
              {mode === 'pending' && approval?.status
                ? t('cases.actionPending', { action: label, status: pick(approvalStatusLabels[approval.status]) })
                : label}
            </Button>
          </Tooltip>
        );
      })}
    </Space>
  );
}
