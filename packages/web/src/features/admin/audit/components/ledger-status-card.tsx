import { CheckCircleOutlined, EyeOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { LedgerStatusBody, VerificationReportBody } from '@liuhen/contracts';
import { Alert, App, Button, Card, Descriptions, Skeleton, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useApiData } from '../../../../api/use-api-data';
import { useNotifyError } from '../../../../api/use-notify-error';
import { useI18n } from '../../../../i18n/language-context';
import { useCan } from '../../../auth/use-can';
import { getLedger, signCheckpoint, verifyLedger } from '../ledger.api';
import { formatInstant } from '../shanghai-time';
import { CheckpointNoteModal } from './checkpoint-note-modal';
import { VerificationStatus } from './verification-status';
import { VerifyResult } from './verify-result';

const algorithmNames: Record<LedgerStatusBody['hashAlgorithm'] | LedgerStatusBody['signatureAlgorithm'], string> = {
  sha256: 'SHA-256',
  sm3: 'SM3',
  ed25519: 'Ed25519',
  sm2: 'SM2',
};

type Props = {
  /** Called after this card appended to the ledger (a verification is itself an entry). */
  onRecorded: () => void;
};

/** The agency's ledger at a glance: size, root, latest checkpoint, last verification, and the two actions. */
export function LedgerStatusCard({ onRecorded }: Props) {
  const { t } = useI18n();
  const can = useCan();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { data: ledger, loading, reload } = useApiData(getLedger);
  const [verifying, setVerifying] = useState(false);
  const [signing, setSigning] = useState(false);
  const [report, setReport] = useState<VerificationReportBody | null>(null);
  const [showingNote, setShowingNote] = useState(false);

  const verify = async () => {
    setVerifying(true);
    setReport(null);
    try {
      setReport(await verifyLedger());
      reload();
      onRecorded();
    } catch (error) {
      notifyError(error);
    } finally {
      setVerifying(false);
    }
  };

  const sign = async () => {
    setSigning(true);
    try {
      const { checkpoint } = await signCheckpoint();
      if (checkpoint) message.success(t('ledger.signed', { size: checkpoint.treeSize.toLocaleString() }));
      else message.info(t('ledger.nothingToSign'));
      reload();
    } catch (error) {
      notifyError(error);
    } finally {
      setSigning(false);
    }
  };

  const actions = (
    <Space wrap>
      {can('ledger.verify') && (
        <Button
          type="primary"
          icon={<CheckCircleOutlined />}
          loading={verifying}
          onClick={verify}
          data-testid="ledger-verify"
        >
          {t('ledger.verify')}
        </Button>
      )}
      {can('ledger.checkpoint') && (
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={signing}
          onClick={sign}
          data-testid="ledger-sign-checkpoint"
        >
          {t('ledger.signCheckpoint')}
        </Button>
      )}
    </Space>
  );

  const checkpoint = ledger?.latestCheckpoint ?? null;
  return (
    <Card size="small" title={t('ledger.title')} extra={actions} className="ledger-card">
      {!ledger ? (
        <Skeleton active loading={loading} paragraph={{ rows: 3 }} />
      ) : (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 1, md: 1, lg: 2, xl: 3 }}
          styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
          items={[
            { key: 'origin', label: t('ledger.origin'), children: ledger.origin },
            {
              key: 'algorithms',
              label: t('ledger.algorithms'),
              children: `${algorithmNames[ledger.hashAlgorithm]} · ${algorithmNames[ledger.signatureAlgorithm]}`,
            },
            {
              key: 'size',
              label: t('ledger.size'),
              children: <span data-testid="ledger-size">{ledger.size.toLocaleString()}</span>,
            },
            {
              key: 'root',
              label: t('ledger.root'),
              span: 'filled',
              children: (
                <Typography.Text className="hash" copyable data-testid="ledger-root">
                  {ledger.rootHash}
                </Typography.Text>
              ),
            },
            {
              key: 'checkpoint',
              label: t('ledger.checkpoint'),
              span: 'filled',
              children: checkpoint ? (
                <Space wrap size={[12, 4]}>
                  <span>
                    <span data-testid="ledger-checkpoint-size">{checkpoint.treeSize.toLocaleString()}</span>{' '}
                    {t('ledger.checkpointEntries')}
                  </span>
                  <Typography.Text type="secondary">{formatInstant(checkpoint.createdAt)}</Typography.Text>
                  <Typography.Text className="hash" type="secondary">
                    {checkpoint.rootHash.slice(0, 16)}…
                  </Typography.Text>
                  <Button
                    size="small"
                    icon={<EyeOutlined />}
                    onClick={() => setShowingNote(true)}
                    data-testid="ledger-checkpoint-view"
                  >
                    {t('ledger.checkpointView')}
                  </Button>
                </Space>
              ) : (
                <Typography.Text type="secondary" data-testid="ledger-checkpoint-size">
                  {t('ledger.checkpointNone')}
                </Typography.Text>
              ),
            },
            {
              key: 'verification',
              label: t('ledger.verification'),
              span: 'filled',
              children: <VerificationStatus verification={ledger.lastVerification} />,
            },
          ]}
        />
      )}
      {verifying && (
        <Alert
          className="ledger-panel"
          type="info"
          icon={<Spin size="small" />}
          showIcon
          title={t('ledger.verifying')}
        />
      )}
      {report && (
        <div className="ledger-panel">
          <VerifyResult report={report} onClose={() => setReport(null)} />
        </div>
      )}
      {showingNote && ledger && checkpoint && (
        <CheckpointNoteModal
          checkpoint={checkpoint}
          origin={ledger.origin}
          verifierKey={ledger.verifierKey}
          onClose={() => setShowingNote(false)}
        />
      )}
    </Card>
  );
}
