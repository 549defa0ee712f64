import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import type { AvRecordBody } from '@liuhen/contracts';
import { Alert, Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useApiData } from '../../../api/use-api-data';
import { avMediaKindLabels, mediaKindOfMimeType } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { useCan } from '../../auth/use-can';
import { formatMinute } from '../../cases/record-time';
import { avContentUrl, getAvRecord, sizeText } from '../av.api';
import { AvExifCard } from '../components/av-exif-card';
import { AvCustodyPanel } from '../components/av-custody-panel';
import { AvLinkPanel } from '../components/av-link-panel';
import { AvMetadataForm } from '../components/av-metadata-form';
import { AvRulesPanel } from '../components/av-rules-panel';
import { AvPlayer, DerivativesSummary } from '../components/av-player';
import { MissingTag } from '../components/av-table';

/** What ffprobe read from the file (filled by a background job after ingest). */
function ProbeSummary({ record }: { record: AvRecordBody }) {
  const { t } = useI18n();
  const probe = record.probe;
  if (!probe || probe.status === 'pending') return <>{t('av.probePending')}</>;
  if (probe.status !== 'done') return <>{probe.error ?? t('av.probeUnavailable')}</>;
  const parts = [
    probe.durationSeconds !== null ? t('av.duration', { seconds: Math.round(probe.durationSeconds) }) : null,
    probe.video ? `${probe.video.codec} ${probe.video.width ?? '?'}×${probe.video.height ?? '?'}` : null,
    probe.audio ? probe.audio.codec : null,
    probe.formatName,
  ];
  return <>{parts.filter(Boolean).join(' · ')}</>;
}

/** 音像记录: play the file, see its hash, complete its metadata (AVS-03), and link it to a case or activity. */
export function AvRecordPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const startSeconds = search.get('t') ? Number(search.get('t')) : undefined;
  const { t, pick } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const { data: loaded, failed, loading, reload } = useApiData(useCallback(() => getAvRecord(id), [id]));
  // The latest answer of a save or link, until the next load replaces it.
  const [saved, setSaved] = useState<AvRecordBody | null>(null);
  const record = saved && loaded && saved.id === loaded.id && saved.version > loaded.version ? saved : loaded;
  const editable = can('av.manage');

  const changed = (next: AvRecordBody | null) => {
    if (next) setSaved(next);
    else {
      setSaved(null);
      reload();
    }
  };

  if (!record) {
    if (failed) {
      return (
        <Result
          status="warning"
          title={t('av.notFound')}
          extra={<Button onClick={() => navigate('/av')}>{t('av.backToLibrary')}</Button>}
        />
      );
    }
    return (
      <Card>
        <Skeleton active loading={loading} />
      </Card>
    );
  }
  const kind = mediaKindOfMimeType(record.mediaType);

  return (
    <Flex vertical gap={16} data-testid="av-record-page" data-version={record.version} data-av-id={record.id}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/av')}>
              {t('av.backToLibrary')}
            </Button>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="av-file-name">
              {record.fileName}
            </Typography.Title>
            {kind && <Tag>{pick(avMediaKindLabels[kind])}</Tag>}
            <MissingTag missing={record.missing} />
            {record.missing.length === 0 && <Tag color="green">{t('av.complete')}</Tag>}
            <Typography.Text type="secondary">{t('av.version', { version: record.version })}</Typography.Text>
          </Space>
          <Button icon={<DownloadOutlined />} href={avContentUrl(record.id, true)} data-testid="av-download">
            {t('av.download')}
          </Button>
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Card>
              <AvPlayer record={record} startSeconds={Number.isFinite(startSeconds) ? startSeconds : undefined} />
            </Card>
            {(record.probe?.findings ?? []).map((finding) => (
              <Alert key={finding.code} type="warning" showIcon title={pick(finding)} data-testid="av-probe-finding" />
            ))}
            <Card size="small">
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('av.hash')}>
                  <Typography.Text code copyable data-testid="av-hash" style={{ wordBreak: 'break-all' }}>
                    {record.hash}
                  </Typography.Text>
                </Descriptions.Item>
                {record.declaredHash && (
                  <Descriptions.Item label={t('av.declaredHash')}>
                    <Typography.Text code style={{ wordBreak: 'break-all' }}>
                      {record.declaredHash}
                    </Typography.Text>
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('av.size')}>{sizeText(record.size)}</Descriptions.Item>
                <Descriptions.Item label={t('av.mediaType')}>{record.mediaType}</Descriptions.Item>
                <Descriptions.Item label={t('av.receivedAt')}>{formatMinute(record.receivedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('av.uploader')}>
                  {record.station ? t('av.station', { name: record.station.name }) : (record.uploadedBy?.name ?? '—')}
                </Descriptions.Item>
                <Descriptions.Item label={t('av.probe')}>
                  <ProbeSummary record={record} />
                </Descriptions.Item>
                <Descriptions.Item label={t('av.derivatives')}>
                  <DerivativesSummary record={record} />
                </Descriptions.Item>
                {record.probe?.creationTime && (
                  <Descriptions.Item label={t('av.creationTime')}>
                    {formatMinute(record.probe.creationTime)}
                  </Descriptions.Item>
                )}
                {record.officerNumber && (
                  <Descriptions.Item label={t('av.officerNumber')}>{record.officerNumber}</Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            <AvExifCard record={record} />
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <Card title={t('av.metadata')} size="small">
              <AvMetadataForm
                key={record.version}
                record={record}
                editable={editable}
                onSaved={setSaved}
                onConflict={() => changed(null)}
              />
            </Card>
            <Card title={t('av.link')} size="small">
              <AvLinkPanel key={record.version} record={record} editable={editable} onChanged={changed} />
            </Card>
            <AvCustodyPanel key={`custody-${record.version}`} record={record} />
            <AvRulesPanel record={record} editable={editable} onSaved={setSaved} onConflict={() => changed(null)} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
