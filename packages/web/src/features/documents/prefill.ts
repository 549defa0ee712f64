import type { CaseDetailBody } from '@liuhen/contracts';
import type { DocumentType } from '../../i18n/domain-labels';
import type { Signature } from './documents.api';

/**
 * What a new document can take from its case and activity: the case number, the first party, the officers present
 * (names and certificate numbers on record), the place; and the officers as signers. Everything stays editable.
 */
export function prefillOf(
  type: DocumentType,
  detail: CaseDetailBody,
  activityId: string | undefined,
): { data: Record<string, unknown>; signatures: Signature[] } {
  const activity = activityId ? detail.activities.find((item) => item.id === activityId) : undefined;
  const firstParty = detail.partiesFull[0];
  const data: Record<string, unknown> = {};
  for (const field of type.fields) {
    if (field.key === 'caseReference' && field.kind === 'text') data[field.key] = detail.number;
    else if (field.kind === 'party' && firstParty) data[field.key] = { name: firstParty.name };
    else if (field.kind === 'officers' && activity) {
      data[field.key] = activity.officers.map((officer) => ({
        name: officer.name,
        certificateNumber: officer.certificateNumber,
      }));
    } else if (field.key === 'officerCount' && field.kind === 'number' && activity) {
      data[field.key] = activity.officers.length;
    } else if (field.kind === 'dateTime' && activity && (field.key === 'startedAt' || field.key === 'endedAt')) {
      const value = field.key === 'startedAt' ? activity.startedAt : activity.endedAt;
      if (value) data[field.key] = value;
    } else if (/place$/i.test(field.key) && field.kind === 'text' && activity) data[field.key] = activity.place;
  }
  const officerSigns = type.signers.some((signer) => signer.role === 'officer');
  const signatures: Signature[] =
    officerSigns && activity
      ? activity.officers.map((officer) => ({ role: 'officer', name: officer.name, signed: false }))
      : [];
  return { data, signatures };
}
