import { PlusOutlined } from '@ant-design/icons';
import type { CertificateBody, UserBody } from '@liuhen/contracts';
import { App, Button, Drawer, Flex } from 'antd';
import { useCallback, useState } from 'react';
import { useApiData } from '../../../../api/use-api-data';
import { useI18n } from '../../../../i18n/language-context';
import { useCan } from '../../../auth/use-can';
import { listCertificates } from '../certificates.api';
import { CertificateForm } from './certificate-form';
import { CertificatesTable } from './certificates-table';

type Props = { user: UserBody; onClose: () => void; onChanged: () => void };

/** A user's enforcement certificates (ROLE-01), with forms to register and amend them. */
export function CertificatesDrawer({ user, onClose, onChanged }: Props) {
  const { t } = useI18n();
  const can = useCan();
  const { message } = App.useApp();
  const manage = can('certificate.manage');
  const { data, loading, reload } = useApiData(useCallback(() => listCertificates(user.id), [user.id]));
  // undefined: no form; null: registering a new one; a certificate: amending it.
  const [editing, setEditing] = useState<CertificateBody | null | undefined>(undefined);

  const saved = () => {
    setEditing(undefined);
    message.success(t('certs.saved'));
    reload();
    // The user's certification tag in the table depends on the certificates.
    onChanged();
  };

  return (
    <Drawer
      open
      title={t('certs.title', { name: user.displayName })}
      size={760}
      onClose={onClose}
      destroyOnHidden
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="cert-add">
            {t('certs.add')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <CertificatesTable
          certificates={data?.items ?? []}
          loading={loading}
          onEdit={manage ? setEditing : undefined}
        />
        {editing !== undefined && (
          <CertificateForm
            key={editing?.id ?? 'new'}
            userId={user.id}
            certificate={editing}
            onCancel={() => setEditing(undefined)}
            onSaved={saved}
          />
        )}
      </Flex>
    </Drawer>
  );
}
