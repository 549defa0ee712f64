import type { DocumentField, DocumentType } from '../../../i18n/domain-labels';
import { useI18n } from '../../../i18n/language-context';
import { formatMinute } from '../../cases/record-time';
import type { Signature } from '../documents.api';
import { signerLabelKey } from './signatures-section';

type Props = {
  type: DocumentType;
  data: Record<string, unknown>;
  signatures: readonly Signature[];
  /** 案号 or other line under the title. */
  subtitle?: string;
  testId?: string;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A clean, printable rendering of a document: title, every field with its label, and the signatures. */
export function DocumentPrint({ type, data, signatures, subtitle, testId }: Props) {
  const { t, pick, lang } = useI18n();
  const separator = lang === 'zh' ? '、' : ', ';

  const text = (field: DocumentField, value: unknown): string => {
    if (value === undefined || value === null || value === '') return '';
    switch (field.kind) {
      case 'dateTime':
        return typeof value === 'string' ? formatMinute(value) : String(value);
      case 'money':
        return typeof value === 'number' ? `¥${value.toFixed(2)}` : String(value);
      case 'boolean':
        return t(value === true ? 'common.yes' : 'common.no');
      case 'choice': {
        const option = field.options?.find((candidate) => candidate.value === value);
        return option ? pick(option) : String(value);
      }
      case 'people':
      case 'officers':
        return Array.isArray(value)
          ? value
              .filter(isRecord)
              .map((row) =>
                row.certificateNumber ? `${String(row.name)}（${String(row.certificateNumber)}）` : String(row.name),
              )
              .join(separator)
          : '';
      case 'party':
        return isRecord(value) ? String(value.name ?? '') : String(value);
      case 'list':
        return Array.isArray(value)
          ? value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join('；')
          : '';
      default:
        return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
    }
  };

  return (
    <div className="document-print" data-testid={testId}>
      <h2 className="document-print-title">{pick(type)}</h2>
      {subtitle && <p className="document-print-subtitle">{subtitle}</p>}
      <table className="document-print-fields">
        <tbody>
          {type.fields.map((field) => (
            <tr key={field.key}>
              <th>{pick(field)}</th>
              <td>{text(field, data[field.key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="document-print-signatures">
        {signatures.map((signature, index) => (
          <div key={index} className="document-print-signature">
            <span className="document-print-role">{t(signerLabelKey(signature.role))}：</span>
            <span>{signature.name ?? ''}</span>
            {signature.signed && <span>（{t('documents.signed')}）</span>}
            {signature.refusal && (
              <span>
                （{t('documents.refused')}：{signature.refusal.reason}；{t('documents.refusalWitness')}：
                {signature.refusal.witnessName}）
              </span>
            )}
          </div>
        ))}
        {type.seal && <div className="document-print-seal">{t('documents.seal')}</div>}
      </div>
    </div>
  );
}
