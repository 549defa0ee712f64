import type { CaseDetailBody } from '@liuhen/contracts';
import { Alert, Button, Descriptions, type DescriptionsProps, Space, Tag, Typography } from 'antd';
import {
  caseProcedureLabels,
  caseSourceLabels,
  confidentialityMarkerLabels,
  enforcementActLabels,
  identityDocumentTypeLabels,
} from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { formatMinute } from '../record-time';
import { OverdueTag, StageTag } from './stage-tag';

/** An ideographic space between facts on one line. */
const gap = '\u3000';

type Props = {
  detail: CaseDetailBody;
  onProposeRetro?: () => void;
  /** DEC-04: flag or clear 重大、复杂案件 (handlers and their unit head). */
  onMajorComplex?: () => void;
};

/** 案件概况: number, cause, stage, kind, parties in full, handlers, confidentiality and emergency status. */
export function CaseHeader({ detail, onProposeRetro, onMajorComplex }: Props) {
  const { t, pick } = useI18n();
  const { emergency } = detail;
  const items: DescriptionsProps['items'] = [
    { key: 'act', label: t('cases.act'), children: pick(enforcementActLabels[detail.act]) },
    { key: 'procedure', label: t('cases.procedure'), children: pick(caseProcedureLabels[detail.procedure]) },
    {
      key: 'source',
      label: t('cases.source'),
      children: (
        <Space size={4}>
          {pick(caseSourceLabels[detail.source])}
          {detail.realName && <Tag>{t('cases.realName')}</Tag>}
        </Space>
      ),
    },
    { key: 'unit', label: t('cases.unit'), children: detail.unit?.name ?? '—' },
    {
      key: 'handlers',
      label: t('cases.handlers'),
      children: <span data-testid="case-handlers">{detail.handlers.map((h) => h.name).join('、')}</span>,
    },
    { key: 'opened', label: t('cases.openedAt'), children: formatMinute(detail.createdAt) },
    ...(detail.endedOn
      ? [
          {
            key: 'endedOn',
            label: t('cases.endedOn'),
            children: <span data-testid="case-ended-on">{detail.endedOn}</span>,
          },
        ]
      : []),
    {
      key: 'confidentiality',
      label: t('cases.confidentiality'),
      children:
        detail.confidentiality.length === 0
          ? t('cases.none')
          : detail.confidentiality.map((marker) => (
              <Tag key={marker} color="volcano">
                {pick(confidentialityMarkerLabels[marker])}
              </Tag>
            )),
    },
    {
      key: 'parties',
      label: t('cases.parties'),
      span: 'filled',
      children: (
        <Space orientation="vertical" size={2} data-testid="case-parties">
          {detail.partiesFull.map((party, index) => (
            <span key={index}>
              <Typography.Text strong>{party.name}</Typography.Text>
              {gap}
              {pick(identityDocumentTypeLabels[party.idDocument.type])} {party.idDocument.number}
              {party.kind === 'organisation' && party.legalRepresentative ? `${gap}${party.legalRepresentative}` : ''}
              {party.phone ? `${gap}${party.phone}` : ''}
              {party.address ? `${gap}${party.address}` : ''}
            </span>
          ))}
        </Space>
      ),
    },
    {
      key: 'intake',
      label: t('cases.intake'),
      span: 'filled',
      children: (
        <span>
          {formatMinute(detail.intake.receivedAt)}
          {gap}
          {detail.intake.summary}
          {detail.intake.complainant ? `（${detail.intake.complainant.name}）` : ''}
          {detail.intake.referredBy ? `${gap}${t('caseForm.referredBy')}：${detail.intake.referredBy}` : ''}
        </span>
      ),
    },
  ];

  return (
    <>
      <Space align="center" wrap className="case-title">
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-number">
          {detail.number}
        </Typography.Title>
        <Typography.Text strong data-testid="case-cause">
          {detail.cause}
        </Typography.Text>
        <StageTag stage={detail.stage} testId="case-stage" />
        <OverdueTag overdue={detail.overdue} />
        {detail.majorComplex && (
          <Tag color="purple" data-testid="case-major-complex">
            {t('cases.majorComplex')}
          </Tag>
        )}
        {onMajorComplex && (
          <Button size="small" onClick={onMajorComplex} data-testid="case-major-complex-toggle">
            {t(detail.majorComplex ? 'cases.majorComplexClear' : 'cases.majorComplexSet')}
          </Button>
        )}
      </Space>
      {emergency && (
        <Alert
          className="case-emergency"
          type={emergency.overdue ? 'error' : emergency.retroApprovedAt ? 'success' : 'warning'}
          showIcon
          data-testid="case-emergency"
          title={
            <span style={emergency.overdue ? { color: '#cf1322', fontWeight: 600 } : undefined}>
              {t('cases.emergency')}：{emergency.reason}
              {emergency.overdue ? `${gap}${t('cases.emergencyOverdue')}` : ''}
            </span>
          }
          description={
            emergency.retroApprovedAt
              ? t('cases.emergencyApproved', { at: formatMinute(emergency.retroApprovedAt) })
              : t('cases.emergencyInfo', {
                  startedAt: formatMinute(emergency.startedAt),
                  due: formatMinute(emergency.retroApprovalDue),
                })
          }
          action={
            !emergency.retroApprovedAt &&
            onProposeRetro && (
              <Button size="small" onClick={onProposeRetro} data-testid="case-propose-retro">
                {t('cases.proposeRetro')}
              </Button>
            )
          }
        />
      )}
      {detail.hearingReport && (
        <Alert
          className="case-hearing-report"
          type={detail.hearingReport.overdue ? 'error' : detail.hearingReport.reportedAt ? 'success' : 'info'}
          showIcon
          data-testid="case-hearing-report"
          title={t('cases.hearingReportDue', {
            dueOn: detail.hearingReport.dueOn,
            provisional: detail.hearingReport.provisional ? t('cases.provisional') : '',
          })}
          description={
            detail.hearingReport.reportedAt
              ? t('cases.hearingReportMade', { at: formatMinute(detail.hearingReport.reportedAt) })
              : t(detail.hearingReport.overdue ? 'cases.hearingReportOverdue' : 'cases.hearingReportPending')
          }
        />
      )}
      {detail.rectification && (
        <Alert
          className="case-rectification"
          type={detail.rectification.overdue ? 'error' : detail.rectification.checkedAt ? 'success' : 'info'}
          showIcon
          data-testid="case-rectification"
          title={t('cases.rectification', { rectifyBy: detail.rectification.rectifyBy })}
          description={
            detail.rectification.checkedAt
              ? t('cases.rectificationChecked', { at: formatMinute(detail.rectification.checkedAt) })
              : t(detail.rectification.overdue ? 'cases.rectificationOverdue' : 'cases.rectificationPending')
          }
        />
      )}
      <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} items={items} />
    </>
  );
}
