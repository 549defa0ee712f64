import { domainError } from '../shared/errors';
import type { LocalDate } from '../shared/time';

/** Status an issuing body (or a sanction, PROH-06) gives a certificate. Expiry is derived from the dates. */
export const certificateStatuses = ['valid', 'suspended', 'revoked'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];

export const certificateStatusLabels = {
  valid: { zh: '有效', en: 'Valid' },
  suspended: { zh: '暂扣', en: 'Suspended' },
  revoked: { zh: '吊销/注销', en: 'Revoked' },
} as const satisfies Record<CertificateStatus, { zh: string; en: string }>;

/** An enforcement certificate (行政执法证), ROLE-01. Dates are calendar dates in the agency's time zone. */
export type EnforcementCertificate = {
  number: string;
  issuingBody: string;
  validFrom: LocalDate;
  validTo: LocalDate;
  status: CertificateStatus;
};

export type CertificationReason = 'missing' | 'notYetValid' | 'expired' | 'suspended' | 'revoked';

export type Certification =
  { certified: true; certificate: EnforcementCertificate } | { certified: false; reason: CertificationReason };

export const certificationReasonLabels = {
  missing: { zh: '未登记执法证', en: 'No certificate on record' },
  notYetValid: { zh: '执法证尚未生效', en: 'Certificate not yet valid' },
  expired: { zh: '执法证已过期', en: 'Certificate expired' },
  suspended: { zh: '执法证已暂扣', en: 'Certificate suspended' },
  revoked: { zh: '执法证已吊销', en: 'Certificate revoked' },
} as const satisfies Record<CertificationReason, { zh: string; en: string }>;

/** Which reason tells most when no certificate is in force: a sanction outranks a lapse, a coming renewal outranks both. */
const reasonRank: Record<CertificationReason, number> = {
  missing: 0,
  expired: 1,
  revoked: 2,
  suspended: 3,
  notYetValid: 4,
};

function reasonFor(certificate: EnforcementCertificate, today: LocalDate): CertificationReason | null {
  if (certificate.status === 'revoked') return 'revoked';
  if (certificate.status === 'suspended') return 'suspended';
  if (today < certificate.validFrom) return 'notYetValid';
  if (today > certificate.validTo) return 'expired';
  return null;
}

/**
 * ROLE-01: an officer is certified on `today` when one of their certificates is valid, in force and not
 * suspended or revoked. When none is, the reason given is the most telling one (a revocation or suspension
 * outranks an older expired certificate), so the UI can say why.
 */
export function certificationOf(certificates: readonly EnforcementCertificate[], today: LocalDate): Certification {
  let reason: CertificationReason = 'missing';
  for (const certificate of certificates) {
    const problem = reasonFor(certificate, today);
    if (problem === null) return { certified: true, certificate };
    if (reasonRank[problem] > reasonRank[reason]) reason = problem;
  }
  return { certified: false, reason };
}

/** Checks a certificate's own fields before it is registered or changed. */
export function checkCertificate(certificate: Pick<EnforcementCertificate, 'validFrom' | 'validTo'>): void {
  if (certificate.validTo < certificate.validFrom) throw domainError('certificate.invalid_period');
}
