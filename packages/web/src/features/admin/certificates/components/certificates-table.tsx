import type { CertificateBody } from '@liuhen/contracts';
import { Button, Table, type TableColumnsType, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { certificateStatusLabels } from '../../../../i18n/domain-labels';
import { useI18n } from '../../../../i18n/language-context';

type Props = { certificates: CertificateBody[]; loading: boolean; onEdit?: (certificate: CertificateBody) => void };

export function CertificatesTable({ certificates, loading, onEdit }: Props) {
  const { t, pick } = useI18n();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const columns: TableColumnsType<CertificateBody> = [
    { title: t('certs.number'), dataIndex: 'number', key: 'number' },
    { title: t('certs.issuingBody'), dataIndex: 'issuingBody', key: 'issuingBody' },
    { title: t('certs.validFrom'), dataIndex: 'validFrom', key: 'validFrom' },
    { title: t('certs.validTo'), dataIndex: 'validTo', key: 'validTo' },
    {
      title: t('certs.status'),
      key: 'status',
      render: (_, cert) => (
        <Tag color={cert.inForce ? 'green' : 'red'} title={cert.inForce ? t('certs.inForce') : t('certs.notInForce')}>
          {pick(certificateStatusLabels[cert.status])}
          {cert.inForce ? '' : ` · ${t('certs.notInForce')}`}
        </Tag>
      ),
    },
    { title: t('certs.establishmentStaff'), key: 'staff', render: (_, cert) => yesNo(cert.establishmentStaff) },
    { title: t('certs.passedUnifiedExam'), key: 'exam', render: (_, cert) => yesNo(cert.passedUnifiedExam) },
  ];
  if (onEdit) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, cert) => (
        <Button type="link" size="small" onClick={() => onEdit(cert)} data-testid={`cert-edit-${cert.number}`}>
          {t('common.edit')}
        </Button>
      ),
    });
  }
  return (
    <Table<CertificateBody>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={certificates}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('certs.empty') }}
      onRow={(cert) => ({ 'data-testid': `cert-row-${cert.number}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
