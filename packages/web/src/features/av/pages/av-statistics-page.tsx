import type { AvStatisticsBody } from '@liuhen/contracts';
import { Alert, Card, Col, DatePicker, Flex, Row, Segmented, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type HTMLAttributes, useCallback, useState } from 'react';
import { useApiData } from '../../../api/use-api-data';
import { useI18n } from '../../../i18n/language-context';
import type { MessageKey } from '../../../i18n/zh';
import { getAvStatistics } from '../custody.api';

type Group = AvStatisticsBody['groupBy'] | 'month';
type Line = AvStatisticsBody['items'][number];
type Totals = { count: number; durationSeconds: number; withoutDuration: number };

const groups: readonly Group[] = ['officer', 'device', 'unit', 'month'];
/** 按月份 asks the endpoint once per month; more than this many months is refused before asking. */
const maxMonths = 24;
const day = 'YYYY-MM-DD';

/** Seconds as H:MM:SS. */
function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${Math.floor(whole / 3600)}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`;
}

/** The calendar months of [from, to], each clipped to the range. */
function monthsOf(from: Dayjs, to: Dayjs): { key: string; from: string; to: string }[] {
  const months = [];
  for (let start = from.startOf('month'); !start.isAfter(to, 'day'); start = start.add(1, 'month')) {
    const end = start.endOf('month');
    months.push({
      key: start.format('YYYY-MM'),
      from: (start.isBefore(from, 'day') ? from : start).format(day),
      to: (end.isAfter(to, 'day') ? to : end).format(day),
    });
  }
  return months;
}

/** AVS-06 by officer, device or unit: one call of GET /api/av/statistics. */
async function loadGrouped(from: Dayjs, to: Dayjs, groupBy: AvStatisticsBody['groupBy']): Promise<Line[]> {
  const body = await getAvStatistics({ from: from.format(day), to: to.format(day), groupBy });
  return body.items;
}

/** AVS-06 by month: the endpoint's totals per calendar month (one call each), oldest first. */
async function loadMonthly(from: Dayjs, to: Dayjs): Promise<Line[]> {
  const months = monthsOf(from, to);
  if (months.length > maxMonths) return [];
  const bodies = await Promise.all(
    months.map((month) => getAvStatistics({ from: month.from, to: month.to, groupBy: 'unit' })),
  );
  return months.map((month, index) => {
    const body = bodies[index]!;
    const withoutDuration = body.items.reduce((sum, item) => sum + item.withoutDuration, 0);
    return { key: month.key, label: month.key, ...body.total, withoutDuration };
  });
}

function totalsOf(lines: readonly Line[]): Totals {
  return lines.reduce(
    (sum, line) => ({
      count: sum.count + line.count,
      durationSeconds: sum.durationSeconds + line.durationSeconds,
      withoutDuration: sum.withoutDuration + line.withoutDuration,
    }),
    { count: 0, durationSeconds: 0, withoutDuration: 0 },
  );
}

/**
 * 音像统计 (AVS-06, LX 002 第二十五条): counts and durations of the recordings the user may read (ACC-02), used in a
 * date range, per officer, recorder, unit or month.
 */
export function AvStatisticsPage() {
  const { t } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('month'), dayjs()]);
  const [group, setGroup] = useState<Group>('officer');
  const [from, to] = range;
  const tooMany = group === 'month' && monthsOf(from, to).length > maxMonths;
  const { data, loading } = useApiData(
    useCallback(() => (group === 'month' ? loadMonthly(from, to) : loadGrouped(from, to, group)), [from, to, group]),
  );
  const lines = data ?? [];
  const totals = totalsOf(lines);

  return (
    <Card title={t('avStats.title')} data-testid="av-statistics-page">
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('avStats.basis')}</Typography.Text>
        <Flex wrap gap={16} align="center">
          <span>
            {t('avStats.range')}：
            <DatePicker.RangePicker
              allowClear={false}
              value={range}
              onChange={(picked) => picked?.[0] && picked[1] && setRange([picked[0], picked[1]])}
              data-testid="av-stats-range"
            />
          </span>
          <Segmented<Group>
            value={group}
            onChange={setGroup}
            options={groups.map((value) => ({
              value,
              label: <span data-testid={`av-stats-group-${value}`}>{t(`avStats.group.${value}` as MessageKey)}</span>,
            }))}
          />
        </Flex>
        {tooMany && <Alert type="warning" showIcon title={t('avStats.tooManyMonths', { max: maxMonths })} />}
        <Row gutter={16}>
          <Col span={8}>
            <Statistic title={t('avStats.count')} value={totals.count} data-testid="av-stats-total-count" />
          </Col>
          <Col span={8}>
            <Statistic
              title={t('avStats.duration')}
              value={formatDuration(totals.durationSeconds)}
              data-testid="av-stats-total-duration"
            />
          </Col>
          <Col span={8}>
            <Statistic
              title={t('avStats.withoutDuration')}
              value={totals.withoutDuration}
              data-testid="av-stats-total-without"
            />
          </Col>
        </Row>
        <Table<Line>
          size="small"
          rowKey={(line) => line.key ?? ''}
          loading={loading}
          pagination={false}
          dataSource={lines}
          locale={{ emptyText: t('avStats.empty') }}
          onRow={(line) => ({ 'data-testid': `av-stats-row-${line.key ?? 'none'}` }) as HTMLAttributes<HTMLElement>}
          data-testid="av-stats-table"
          columns={[
            {
              title: t(`avStats.column.${group}` as MessageKey),
              key: 'label',
              render: (_, line) => line.label ?? t('avStats.unstated'),
            },
            { title: t('avStats.count'), dataIndex: 'count', key: 'count' },
            {
              title: t('avStats.duration'),
              key: 'duration',
              render: (_, line) => formatDuration(line.durationSeconds),
            },
            {
              title: <span title={t('avStats.withoutDurationHint')}>{t('avStats.withoutDuration')}</span>,
              dataIndex: 'withoutDuration',
              key: 'withoutDuration',
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
