import { Button, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/language-context';

type Props = {
  title: string;
  saving: boolean;
  /** `data-testid` of the save button. */
  submitTestId: string;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
};

/** A modal holding one form, with 取消 and a 保存 button that submits it. */
export function FormModal({ title, saving, submitTestId, onSubmit, onClose, children }: Props) {
  const { t } = useI18n();
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={saving} onClick={onSubmit} data-testid={submitTestId}>
          {t('common.save')}
        </Button>,
      ]}
    >
      {children}
    </Modal>
  );
}
