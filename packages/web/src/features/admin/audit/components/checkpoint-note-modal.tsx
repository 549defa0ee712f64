import { DownloadOutlined } from '@ant-design/icons';
import { Button, Descriptions, Modal, Typography } from 'antd';
import { useI18n } from '../../../../i18n/language-context';
import { checkpointNoteUrl, type LedgerCheckpoint } from '../ledger.api';
import { formatInstant } from '../shanghai-time';

type Props = { checkpoint: LedgerCheckpoint; origin: string; verifierKey: string; onClose: () => void };

/** A file name from the log name, e.g. `liuhen.example.gov.cn_agency-checkpoint-42.txt`. */
export function checkpointFileName(origin: string, treeSize: number): string {
  return `${origin.replace(/[^\w.-]+/g, '_')}-checkpoint-${treeSize}.txt`;
}

/** The latest checkpoint's signed note, to read, copy or download, with the key that verifies it. */
export function CheckpointNoteModal({ checkpoint, origin, verifierKey, onClose }: Props) {
  const { t } = useI18n();
  return (
    <Modal
      open
      width={760}
      title={t('ledger.checkpointTitle')}
      onCancel={onClose}
      footer={[
        <Button
          key="download"
          icon={<DownloadOutlined />}
          href={checkpointNoteUrl}
          download={checkpointFileName(origin, checkpoint.treeSize)}
          data-testid="checkpoint-download"
        >
          {t('ledger.checkpointDownload')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">
        {t('ledger.checkpointHelp', { size: checkpoint.treeSize.toLocaleString() })}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={1}
        styles={{ label: { width: 110 } }}
        items={[
          { key: 'size', label: t('ledger.size'), children: checkpoint.treeSize.toLocaleString() },
          { key: 'at', label: t('ledger.signedAt'), children: formatInstant(checkpoint.createdAt) },
          {
            key: 'root',
            label: t('ledger.checkpointRoot'),
            children: (
              <Typography.Text className="hash" copyable>
                {checkpoint.rootHash}
              </Typography.Text>
            ),
          },
          {
            key: 'key',
            label: t('ledger.verifierKey'),
            children: (
              <Typography.Text className="hash" copyable>
                {verifierKey}
              </Typography.Text>
            ),
          },
          {
            key: 'note',
            label: t('ledger.checkpointNote'),
            children: (
              <Typography.Paragraph copyable={{ text: checkpoint.note }} className="checkpoint-note">
                <pre data-testid="checkpoint-note">{checkpoint.note}</pre>
              </Typography.Paragraph>
            ),
          },
        ]}
      />
    </Modal>
  );
}
