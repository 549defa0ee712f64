import type { ApprovalStatus, CaseStage } from '../../../i18n/domain-labels';
import { approvalStatusLabels, caseStageLabels } from '../../../i18n/domain-labels';
import { shownApprovalStatus } from '../approval-status';
import { useI18n } from '../../../i18n/language-context';
import { Tag } from 'antd';

const stageColors: Record<CaseStage, string> = {
  initiation: 'blue',
  investigation: 'geekblue',
  review: 'purple',
  service: 'cyan',
  execution: 'orange',
  closed: 'green',
  archived: 'default',
  notAccepted: 'default',
  notRegistered: 'default',
  registrationCancelled: 'default',
  referred: 'gold',
  terminated: 'red',
};

export function StageTag({ stage, testId }: { stage: CaseStage; testId?: string }) {
  const { pick } = useI18n();
  return (
    <Tag color={stageColors[stage]} data-testid={testId} data-stage={stage}>
      {pick(caseStageLabels[stage])}
    </Tag>
  );
}

const approvalColors: Record<ApprovalStatus, string> = {
  proposed: 'processing',
  reviewed: 'warning',
  approved: 'success',
  rejected: 'error',
};

/** The approval's status; under a chain naming no reviewer (HS) a proposal reads 待批准 (`shownApprovalStatus`). */
export function ApprovalStatusTag({
  status,
  chain,
  testId,
}: {
  status: ApprovalStatus;
  chain?: { steps: { step: string }[] } | null;
  testId?: string;
}) {
  const { pick } = useI18n();
  return (
    <Tag color={approvalColors[status]} data-testid={testId} data-status={status}>
      {pick(approvalStatusLabels[shownApprovalStatus(status, chain)])}
    </Tag>
  );
}

export function OverdueTag({ overdue }: { overdue: boolean }) {
  const { t } = useI18n();
  return overdue ? <Tag color="red">{t('cases.overdue')}</Tag> : null;
}
