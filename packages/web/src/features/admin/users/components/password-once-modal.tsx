import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal } from 'antd';
import { useI18n } from '../../../../i18n/language-context';

type Props = {
  title: string;
  /** Whose password it is, for the explanation. */
  name: string;
  password: string;
  /** `data-testid` of the element holding the password text. */
  testId: string;
  onClose: () => void;
};

/** Shows a generated password exactly once, with a copy button; the server keeps only its hash. */
export function PasswordOnceModal({ title, name, password, testId, onClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      message.success(t('common.copied'));
    } catch {
      // Clipboard access can be refused (plain http, permissions); the password stays visible to copy by hand.
    }
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose} data-testid="password-close">
          {t('common.close')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('users.passwordOnce', { name })} className="form-alert" />
      <Flex align="center" gap={12} className="password-once">
        <code data-testid={testId}>{password}</code>
        <Button icon={<CopyOutlined />} onClick={copy} data-testid="copy-password">
          {t('common.copy')}
        </Button>
      </Flex>
    </Modal>
  );
}
