import type { CaseDetailBody, TransitionBody } from '@liuhen/contracts';
import { Alert, App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { type ApiError, isApiError } from '../../../api/api-error';
import { useNotifyError } from '../../../api/use-notify-error';
import { type CaseAction, caseActionLabels, requiresComplainantNotice } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { useProfile } from '../../admin/profiles/profiles.api';
import { FormModal } from '../../shell/components/form-modal';
import { type AvailableAction, transitionCase } from '../cases.api';
import { localDateOf, pickedOf } from '../record-time';

type TransitionForm = {
  reason?: string;
  notifiedOn?: Dayjs;
  method?: string;
  referredTo?: string;
  /** CLOSE-02: the day the enforcement act ended / the matter was completed (close, terminate). */
  endedOn?: Dayjs;
  /** Issue 6: the reason and the approved 合规例外审批 that let the action pass its blocking findings. */
  overrideReason?: string;
  overrideApprovalId?: string;
};
type Props = {
  detail: CaseDetailBody;
  action: AvailableAction;
  onClose: () => void;
  onDone: (detail: CaseDetailBody) => void;
  /** The case changed under us (409): the page reloads it. */
  onConflict: () => void;
};

/** Actions that end or turn back a case: their reason is part of the record, so it is required. */
const reasonRequired: ReadonlySet<CaseAction> = new Set([
  'refuseAcceptance',
  'declineRegistration',
  'cancelRegistration',
  'refer',
  'terminate',
  'reopenInvestigation',
  'startEmergency',
]);

/** CLOSE-02: the actions that end the enforcement act, and so record the day it ended. */
const endingActions: ReadonlySet<CaseAction> = new Set(['close', 'terminate']);

/** Takes one stage action, with its reason and the facts some actions need (INIT-06 notice, INIT-10 referee). */
export function TransitionModal({ detail, action, onClose, onDone, onConflict }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<TransitionForm>();
  const [saving, setSaving] = useState(false);
  /** The `compliance.blocked` refusal, once the server gave it: the modal then offers the override. */
  const [blocked, setBlocked] = useState<ApiError | null>(null);
  const overrides = detail.approvals.filter(
    (approval) => approval.type === 'complianceOverride' && approval.status === 'approved' && !approval.usedAt,
  );
  const label = pick(caseActionLabels[action.action]);
  const needsNotice =
    action.action === 'declineRegistration' && requiresComplainantNotice(detail.source, detail.realName === true);
  const needsReferee = action.action === 'refer';
  // CLOSE-02, ARCH-01-P: named as the case's profile names the archiving anchor (LX: 办理完毕之日).
  const profile = useProfile(detail.profileId);
  const needsEnd = endingActions.has(action.action);
  const endLabel =
    profile?.deadlines.archive?.anchor === 'completion'
      ? t('transition.endedOn.completion')
      : t('transition.endedOn.termination');
  const today = pickedOf(new Date().toISOString()).startOf('day');
  const openedOn = pickedOf(detail.createdAt).startOf('day');
  const outOfRange = (day: Dayjs) => day.isAfter(today, 'day') || day.isBefore(openedOn, 'day');
  const required = { required: true, whitespace: true, message: t('common.required') };

  const save = async (values: TransitionForm) => {
    const body: TransitionBody = {
      action: action.action,
      expectedVersion: detail.version,
      reason: values.reason?.trim() || undefined,
      approvalId: action.approval?.status === 'approved' ? (action.approval.approvalId ?? undefined) : undefined,
      complainantNotice:
        needsNotice && values.notifiedOn && values.method
          ? { notifiedOn: localDateOf(values.notifiedOn), method: values.method.trim() }
          : undefined,
      referredTo: needsReferee ? values.referredTo?.trim() : undefined,
      endedOn: needsEnd && values.endedOn ? localDateOf(values.endedOn) : undefined,
      override:
        blocked && values.overrideApprovalId && values.overrideReason
          ? { approvalId: values.overrideApprovalId, reason: values.overrideReason.trim() }
          : undefined,
    };
    setSaving(true);
    try {
      const next = await transitionCase(detail.id, body);
      message.success(t('transition.done', { action: label }));
      onDone(next);
    } catch (error) {
      if (isApiError(error) && error.code === 'compliance.blocked') {
        setBlocked(error);
      } else if (isApiError(error) && error.status === 409 && error.code !== 'compliance.override_invalid') {
        message.warning(t('transition.conflict'));
        onConflict();
      } else {
        notifyError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={t('transition.title', { action: label })}
      saving={saving}
      submitTestId="transition-submit"
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <Form<TransitionForm>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={needsEnd ? { endedOn: today } : undefined}
      >
        <Form.Item
          name="reason"
          label={t('transition.reason')}
          rules={reasonRequired.has(action.action) ? [required] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="transition-reason" />
        </Form.Item>
        {needsNotice && (
          <>
            <Form.Item name="notifiedOn" label={t('transition.notifiedOn')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} data-testid="transition-notified-on" />
            </Form.Item>
            <Form.Item name="method" label={t('transition.notifyMethod')} rules={[required]}>
              <Input maxLength={200} data-testid="transition-notify-method" />
            </Form.Item>
          </>
        )}
        {needsEnd && (
          <Form.Item
            name="endedOn"
            label={endLabel}
            extra={t('transition.endedOnHelp')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={outOfRange} data-testid="transition-ended-on" />
          </Form.Item>
        )}
        {needsReferee && (
          <Form.Item name="referredTo" label={t('transition.referredTo')} rules={[required]}>
            <Input maxLength={200} data-testid="transition-referred-to" />
          </Form.Item>
        )}
        {blocked && (
          <>
            <Alert
              type="error"
              showIcon
              message={t('compliance.blockedTitle')}
              description={pick({ zh: blocked.messageZh, en: blocked.messageEn })}
              style={{ marginBottom: 16 }}
              data-testid="transition-compliance-blocked"
            />
            {overrides.length === 0 ? (
              <Alert type="info" showIcon message={t('compliance.overrideNone')} />
            ) : (
              <>
                <Form.Item name="overrideApprovalId" label={t('compliance.overrideApproval')} rules={[required]}>
                  <Select
                    options={overrides.map((approval) => ({
                      value: approval.id,
                      label: `${approval.steps[0]?.opinion ?? approval.id}（${approval.createdAt.slice(0, 10)}）`,
                    }))}
                    data-testid="transition-override-approval"
                  />
                </Form.Item>
                <Form.Item name="overrideReason" label={t('compliance.overrideReason')} rules={[required]}>
                  <Input.TextArea rows={2} maxLength={2000} data-testid="transition-override-reason" />
                </Form.Item>
              </>
            )}
          </>
        )}
      </Form>
    </FormModal>
  );
}
