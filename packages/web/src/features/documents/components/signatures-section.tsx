import { MinusCircleOutlined } from '@ant-design/icons';
import { Checkbox, Col, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import type { DocumentType, SignerRole } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import type { MessageKey } from '../../../i18n/zh';
import { type SignatureRow, signerOf } from '../document-values';

export const signerLabelKey = (role: SignerRole) => `signer.${role}` as MessageKey;

/** 签名: one row per signature the type's signers need; refusals (where allowed) take a reason and a witness. */
export function SignaturesSection({ type, disabled }: { type: DocumentType; disabled?: boolean }) {
  const { t } = useI18n();
  const roles = [...new Set(type.signers.flatMap((signer) => [signer.role, ...signer.alternatives]))];
  return (
    <Form.List name="signatures">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="document-signatures">
          {fields.map((item, index) => (
            <Form.Item key={item.key} noStyle shouldUpdate>
              {({ getFieldValue }) => {
                const row = getFieldValue(['signatures', item.name]) as SignatureRow | undefined;
                if (!row) return null;
                const signer = signerOf(type, row.role);
                const refusalAllowed = signer?.refusal === 'reasonAndWitness';
                return (
                  <Row
                    gutter={8}
                    align="middle"
                    className="signature-row"
                    data-testid={`signature-${index}`}
                    data-role={row.role}
                  >
                    <Col flex="160px">
                      <Typography.Text strong>{t(signerLabelKey(row.role))}</Typography.Text>{' '}
                      {signer && (
                        <Tag>
                          {signer.min > 0
                            ? t('documents.signerMin', { min: signer.min })
                            : t('documents.signerOptional')}
                        </Tag>
                      )}
                    </Col>
                    <Col flex="180px">
                      <Form.Item name={[item.name, 'name']} noStyle>
                        <Input
                          disabled={disabled}
                          placeholder={t('documents.signerName')}
                          data-testid={`signature-${index}-name`}
                        />
                      </Form.Item>
                    </Col>
                    <Col>
                      <Form.Item name={[item.name, 'signed']} valuePropName="checked" noStyle>
                        <Checkbox disabled={disabled || row.refused} data-testid={`signature-${index}-signed`}>
                          {t('documents.signed')}
                        </Checkbox>
                      </Form.Item>
                    </Col>
                    {refusalAllowed && (
                      <Col>
                        <Form.Item name={[item.name, 'refused']} valuePropName="checked" noStyle>
                          <Checkbox disabled={disabled} data-testid={`signature-${index}-refused`}>
                            {t('documents.refused')}
                          </Checkbox>
                        </Form.Item>
                      </Col>
                    )}
                    {refusalAllowed && row.refused && (
                      <>
                        <Col flex="220px">
                          <Form.Item name={[item.name, 'reason']} noStyle>
                            <Input
                              disabled={disabled}
                              placeholder={t('documents.refusalReason')}
                              data-testid={`signature-${index}-reason`}
                            />
                          </Form.Item>
                        </Col>
                        <Col flex="160px">
                          <Form.Item name={[item.name, 'witnessName']} noStyle>
                            <Input
                              disabled={disabled}
                              placeholder={t('documents.refusalWitness')}
                              data-testid={`signature-${index}-witness`}
                            />
                          </Form.Item>
                        </Col>
                      </>
                    )}
                    {!disabled && (
                      <Col>
                        <MinusCircleOutlined onClick={() => remove(item.name)} />
                      </Col>
                    )}
                  </Row>
                );
              }}
            </Form.Item>
          ))}
          {!disabled && roles.length > 0 && (
            <Select<SignerRole>
              value={null}
              placeholder={t('documents.addSigner')}
              style={{ width: 200 }}
              options={roles.map((role) => ({ value: role, label: t(signerLabelKey(role)) }))}
              onChange={(role) => add({ role })}
              data-testid="signature-add"
            />
          )}
        </Space>
      )}
    </Form.List>
  );
}
