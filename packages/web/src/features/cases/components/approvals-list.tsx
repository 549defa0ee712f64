import type { ApprovalBody } from '@liuhen/contracts';
import { Button, Card, Empty, Flex, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { approvalStepLabels, approvalTypeLabels } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { nextStepOf, type ApprovalStep } from '../approvals.api';
import { formatInstant } from '../record-time';
import { ApprovalStatusTag } from './stage-tag';

type Props = { approvals: ApprovalBody[]; onAct: (approval: ApprovalBody) => void };

/**
 * The button that opens the decision modal: 审核 for a proposed approval, 批准 for a reviewed one — or for a proposed
 * one where the profile's chain names no reviewer (APPR-01, HS 第十条: 行政执法人员 → 行政执法机关负责人).
 */
export function ApprovalActButton({ approval, onAct }: { approval: ApprovalBody; onAct: (a: ApprovalBody) => void }) {
  const { t } = useI18n();
  const step = nextStepOf(approval);
  if (!approval.canAct || step === null) return null;
  return (
    <Button size="small" type="primary" onClick={() => onAct(approval)} data-testid={`approval-act-${approval.id}`}>
      {t(step === 'review' ? 'approval.review' : 'approval.approve')}
    </Button>
  );
}

/** 内部审批: each approval with its chain of steps (who, opinion, time, signature). */
export function ApprovalsList({ approvals, onAct }: Props) {
  const { t, pick } = useI18n();
  const columns: TableColumnsType<ApprovalStep> = [
    { title: t('approval.steps'), key: 'kind', width: 120, render: (_, step) => pick(approvalStepLabels[step.kind]) },
    { title: t('approval.by'), key: 'user', width: 110, render: (_, step) => step.user.name },
    {
      title: t('approval.decisionOpinion'),
      key: 'opinion',
      render: (_, step) => (
        <Space orientation="vertical" size={0}>
          <span>
            {step.kind !== 'propose' && (
              <Tag color={step.agree ? 'green' : 'red'}>{t(step.agree ? 'approval.agree' : 'approval.disagree')}</Tag>
            )}
            {step.opinion}
          </span>
          {step.reasons && <Typography.Text type="secondary">{step.reasons}</Typography.Text>}
        </Space>
      ),
    },
    { title: t('approval.at'), key: 'at', width: 170, render: (_, step) => formatInstant(step.at) },
    {
      title: t('approval.signature'),
      key: 'signature',
      width: 130,
      render: (_, step) => (
        <Tooltip title={step.signature}>
          <Typography.Text code>{step.signature.slice(0, 12)}…</Typography.Text>
        </Tooltip>
      ),
    },
  ];

  if (approvals.length === 0) return <Empty description={t('approval.none')} />;
  return (
    <Flex vertical gap={12} data-testid="approvals-list">
      {approvals.map((approval) => (
        <Card
          key={approval.id}
          size="small"
          data-testid={`approval-${approval.id}`}
          title={
            <Space>
              <span>{pick(approvalTypeLabels[approval.type])}</span>
              <ApprovalStatusTag
                status={approval.status}
                chain={approval.chain}
                testId={`approval-status-${approval.id}`}
              />
              {approval.usedAt && <Tag>{t('approval.usedAt', { at: formatInstant(approval.usedAt) })}</Tag>}
              {approval.chain && (
                <Tooltip title={approval.chain.article}>
                  <Typography.Text type="secondary" data-testid={`approval-chain-${approval.id}`}>
                    {approval.chain.steps.map((step) => step.zh).join(' → ')}
                  </Typography.Text>
                </Tooltip>
              )}
            </Space>
          }
          extra={<ApprovalActButton approval={approval} onAct={onAct} />}
        >
          <Table<ApprovalStep>
            rowKey={(step) => `${step.kind}-${step.at}`}
            columns={columns}
            dataSource={approval.steps}
            pagination={false}
            size="small"
          />
        </Card>
      ))}
    </Flex>
  );
}
