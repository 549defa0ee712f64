import type { AuditEntryBody } from '@liuhen/contracts';
import { Descriptions, Flex, Typography } from 'antd';
import { useI18n } from '../../../../i18n/language-context';

/** The expanded row: the whole summary, the hashes of any files the act involved, and the entry's leaf hash. */
export function AuditEntryDetail({ entry }: { entry: AuditEntryBody }) {
  const { t } = useI18n();
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      styles={{ label: { width: 120 } }}
      items={[
        {
          key: 'summary',
          label: t('audit.fullSummary'),
          children: <pre className="audit-summary">{JSON.stringify(entry.summary, null, 2)}</pre>,
        },
        {
          key: 'hashes',
          label: t('audit.hashes'),
          children:
            entry.hashes.length === 0 ? (
              <Typography.Text type="secondary">{t('audit.noHashes')}</Typography.Text>
            ) : (
              <Flex vertical gap={4}>
                {entry.hashes.map((hash) => (
                  <Typography.Text key={`${hash.alg}:${hash.hex}`} className="hash" copyable={{ text: hash.hex }}>
                    {hash.alg}:{hash.hex} ({hash.size.toLocaleString()} B)
                  </Typography.Text>
                ))}
              </Flex>
            ),
        },
        {
          key: 'leafHash',
          label: t('audit.leafHash'),
          children: (
            <Typography.Text className="hash" copyable>
              {entry.leafHash}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
