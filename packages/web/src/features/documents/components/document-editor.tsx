import type { DocumentBody } from '@liuhen/contracts';
import { Alert, App, Button, Divider, Flex, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { isApiError, toApiError } from '../../../api/api-error';
import { useNotifyError } from '../../../api/use-notify-error';
import { checkSignatures, type DocumentType, validateDocument } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import {
  dataOf,
  type DocumentFormValues,
  formDataOf,
  issuesInDetails,
  signatureRowsOf,
  signaturesOf,
} from '../document-values';
import { createDocument, reviseDocument, type Signature } from '../documents.api';
import { FieldInput } from './field-input';
import { SignaturesSection } from './signatures-section';

type Props = {
  type: DocumentType;
  caseId: string;
  /** The document being edited; absent when creating one. */
  document?: DocumentBody;
  activityId?: string;
  /** Values a new document starts with (from its case and activity). */
  prefill?: { data: Record<string, unknown>; signatures: Signature[] };
  readOnly?: boolean;
  /** GEN-01: the case profile's catalogue rules (which fields and signers are required); null: every profile's. */
  family: DocumentBody['profileFamily'];
  onSaved: (document: DocumentBody) => void;
  /** Reloads the document after a version conflict. */
  onReload?: () => void;
};

type Issue = { zh: string; en: string; field?: string };

/**
 * 文书编辑: the form generated from the type's fields and signers. 定稿 checks the fields and signatures in the browser
 * first (the server checks again); a final document is corrected with a reason, as a new version.
 */
export function DocumentEditor(props: Props) {
  const { type, caseId, document, activityId, prefill, readOnly, family, onSaved, onReload } = props;
  const profile = family ?? undefined;
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<DocumentFormValues>();
  const [saving, setSaving] = useState<'draft' | 'final' | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const watchedData = (Form.useWatch('data', form) as Record<string, unknown> | undefined) ?? {};
  const correcting = document?.status === 'final';

  const showIssues = (found: Issue[]) => {
    setIssues(found);
    const byField = new Map<string, string[]>();
    for (const issue of found) {
      if (!issue.field || !type.fields.some((field) => field.key === issue.field)) continue;
      byField.set(issue.field, [...(byField.get(issue.field) ?? []), pick(issue)]);
    }
    form.setFields([...byField].map(([key, errors]) => ({ name: ['data', key], errors })));
  };

  const save = async (finalise: boolean) => {
    if (correcting) {
      try {
        await form.validateFields(['reason']);
      } catch {
        return;
      }
    }
    const values = form.getFieldsValue(true) as DocumentFormValues;
    const data = dataOf(type, values.data);
    if (finalise) {
      const fieldIssues = validateDocument(type, data, { profile }).issues;
      const signatureIssues = checkSignatures(type, signaturesOf(values.signatures, true), { data, profile });
      const found: Issue[] = [...fieldIssues, ...signatureIssues];
      if (found.length > 0) return showIssues(found);
    }
    showIssues([]);
    setConflict(null);
    setSaving(finalise ? 'final' : 'draft');
    const signatures = signaturesOf(values.signatures);
    try {
      const saved = document
        ? await reviseDocument(document.id, {
            expectedVersion: document.version,
            data,
            signatures,
            avRecordIds: document.avRecordIds,
            reason: values.reason?.trim() || undefined,
            finalise,
          })
        : await createDocument(caseId, {
            typeCode: type.code,
            activityId,
            data,
            signatures,
            avRecordIds: [],
            finalise,
          });
      message.success(t(finalise ? 'documents.finalised' : 'documents.saved'));
      onSaved(saved);
    } catch (error) {
      const apiError = toApiError(error);
      if (isApiError(error) && error.code === 'document.version_conflict') {
        setConflict(pick({ zh: apiError.messageZh, en: apiError.messageEn }));
      } else if (apiError.code === 'document.incomplete') {
        const found = issuesInDetails(apiError.details);
        showIssues(found.length > 0 ? found : [{ zh: apiError.messageZh, en: apiError.messageEn }]);
      } else {
        notifyError(error);
      }
    } finally {
      setSaving(null);
    }
  };

  return (
    <Form<DocumentFormValues>
      form={form}
      layout="vertical"
      disabled={readOnly}
      initialValues={{
        data: formDataOf(type, document?.data ?? prefill?.data ?? {}),
        signatures: signatureRowsOf(type, document?.signatures ?? prefill?.signatures ?? []),
      }}
      className="document-form"
      data-testid="document-form"
    >
      {conflict && (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          title={`${t('documents.conflict')} ${conflict}`}
          data-testid="document-conflict"
          action={
            onReload && (
              <Button size="small" onClick={onReload} disabled={false} data-testid="document-reload">
                {t('documents.reload')}
              </Button>
            )
          }
        />
      )}
      {type.fields.map((field) => (
        <FieldInput
          key={field.key}
          type={type}
          field={field}
          data={watchedData}
          profile={profile}
          disabled={readOnly}
        />
      ))}
      <Divider titlePlacement="start">{t('documents.signatures')}</Divider>
      <SignaturesSection type={type} disabled={readOnly} />
      {correcting && !readOnly && (
        <>
          <Divider />
          <Form.Item
            name="reason"
            label={t('documents.correction')}
            extra={t('documents.correctionHelp')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={2} maxLength={500} data-testid="document-correction-reason" />
          </Form.Item>
        </>
      )}
      {issues.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title={t('documents.issues')}
          data-testid="document-issues"
          description={
            <ul className="document-issues">
              {issues.map((issue, index) => (
                <li key={index}>{pick(issue)}</li>
              ))}
            </ul>
          }
        />
      )}
      {!readOnly && (
        <Flex justify="end">
          <Space>
            <Button
              loading={saving === 'draft'}
              disabled={saving !== null}
              onClick={() => void save(false)}
              data-testid="document-save-draft"
            >
              {t('documents.saveDraft')}
            </Button>
            <Button
              type="primary"
              loading={saving === 'final'}
              disabled={saving !== null}
              onClick={() => void save(true)}
              data-testid="document-finalise"
            >
              {t('documents.finalise')}
            </Button>
          </Space>
        </Flex>
      )}
    </Form>
  );
}
