import type { CaseDetailBody } from '@liuhen/contracts';
import { Col, Row, Steps, Timeline, Typography } from 'antd';
import { caseActionLabels, type CaseStage, caseStageLabels } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { formatMinute } from '../record-time';

const mainLine: readonly CaseStage[] = [
  'initiation',
  'investigation',
  'review',
  'service',
  'execution',
  'closed',
  'archived',
];

/** The main line as steps (an early outcome marks the last stage reached in red) and every stage event below. */
export function CaseProgress({ detail }: { detail: CaseDetailBody }) {
  const { t, pick } = useI18n();
  const onMainLine = mainLine.includes(detail.stage);
  const reached = detail.timeline.reduce((furthest, event) => {
    const index = mainLine.indexOf(event.toStage);
    const from = event.fromStage ? mainLine.indexOf(event.fromStage) : -1;
    return Math.max(furthest, index, from);
  }, 0);
  const current = onMainLine ? mainLine.indexOf(detail.stage) : reached;

  return (
    <Row gutter={24}>
      <Col span={24}>
        <Typography.Title level={5}>{t('cases.stageProgress')}</Typography.Title>
        <Steps
          size="small"
          current={current}
          status={onMainLine ? (detail.stage === 'archived' ? 'finish' : 'process') : 'error'}
          items={mainLine.map((stage, index) => ({
            title: pick(caseStageLabels[stage]),
            content: !onMainLine && index === current ? pick(caseStageLabels[detail.stage]) : undefined,
          }))}
          data-testid="case-steps"
        />
      </Col>
      <Col span={24} className="case-events">
        <Typography.Title level={5}>{t('cases.events')}</Typography.Title>
        <Timeline
          data-testid="case-timeline"
          items={detail.timeline.map((event) => ({
            key: event.id,
            title: formatMinute(event.at),
            content: (
              <span>
                {event.action === 'open' ? t('cases.opened') : pick(caseActionLabels[event.action])}
                {' → '}
                {pick(caseStageLabels[event.toStage])}（{event.actor.name}）
                {event.reason && (
                  <Typography.Text type="secondary" className="timeline-reason">
                    {event.reason}
                  </Typography.Text>
                )}
              </span>
            ),
          }))}
        />
      </Col>
    </Row>
  );
}
