import type { UnitBody, UserBody } from '@liuhen/contracts';
import { Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useNotifyError } from '../../../../api/use-notify-error';
import { type Role, requiresUnit } from '../../../../i18n/domain-labels';
import { useI18n } from '../../../../i18n/language-context';
import { FormModal } from '../../../shell/components/form-modal';
import { roleOptions, unitOptions } from '../role-options';
import { createUser, updateUser } from '../users.api';

type UserForm = { username: string; displayName: string; roles: Role[]; unitId?: string; password?: string };
type Props = {
  /** null: create a user; otherwise edit this one. */
  user: UserBody | null;
  units: UnitBody[];
  onClose: () => void;
  onSaved: (user: UserBody, initialPassword: string | null) => void;
};

export function UserFormModal({ user, units, onClose, onSaved }: Props) {
  const { t, pick } = useI18n();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<UserForm>();
  const [saving, setSaving] = useState(false);
  const chosenRoles = Form.useWatch('roles', form) ?? [];
  const unitRequired = requiresUnit(chosenRoles);
  const required = { required: true, message: t('common.required') };

  const save = async (values: UserForm) => {
    const common = { displayName: values.displayName.trim(), roles: values.roles, unitId: values.unitId ?? null };
    setSaving(true);
    try {
      if (user) {
        onSaved(await updateUser(user.id, common), null);
      } else {
        const password = values.password ? values.password : undefined;
        const created = await createUser({ ...common, username: values.username.trim().toLowerCase(), password });
        onSaved(created.user, created.initialPassword);
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={user ? t('users.editTitle') : t('users.create')}
      saving={saving}
      submitTestId="user-submit"
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <Form<UserForm>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={
          user
            ? {
                username: user.username,
                displayName: user.displayName,
                roles: user.roles,
                unitId: user.unitId ?? undefined,
              }
            : { roles: [] }
        }
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={user ? undefined : t('users.usernameHelp')}
          rules={[required, { pattern: /^\s*[a-zA-Z0-9][a-zA-Z0-9._-]{2,31}\s*$/, message: t('users.usernameHelp') }]}
        >
          <Input maxLength={32} disabled={user !== null} autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={50} data-testid="user-display-name" />
        </Form.Item>
        <Form.Item name="roles" label={t('users.roles')} rules={[{ ...required, type: 'array', min: 1 }]}>
          <Select mode="multiple" options={roleOptions(pick)} data-testid="user-roles" />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('users.unit')}
          extra={t('users.unitHelp')}
          dependencies={['roles']}
          required={unitRequired}
          rules={[
            ({ getFieldValue }) => ({
              required: requiresUnit((getFieldValue('roles') as Role[] | undefined) ?? []),
              message: t('users.unitHelp'),
            }),
          ]}
        >
          <Select allowClear options={unitOptions(units)} data-testid="user-unit" />
        </Form.Item>
        {!user && (
          <Form.Item name="password" label={t('users.password')} extra={t('users.passwordHelp')}>
            <Input.Password autoComplete="new-password" data-testid="user-password" />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
