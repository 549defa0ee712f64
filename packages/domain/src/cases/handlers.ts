import { certificationOf, type CertificationReason, type EnforcementCertificate } from '../organisation/certificates';
import { domainError } from '../shared/errors';
import type { LocalDate } from '../shared/time';

/** An officer proposed as a case handler, with the certificates on record for them. */
export type HandlerCandidate = {
  officerId: string;
  name: string;
  certificates: readonly EnforcementCertificate[];
};

export type HandlerProblem =
  | { kind: 'tooFew'; count: number; minimum: number }
  | { kind: 'notCertified'; officerId: string; name: string; reason: CertificationReason };

/**
 * INV-01 and IMPL-01 (《行政处罚法》第四十二条, 《行政强制法》第十八条): investigation steps need at least two
 * officers; ROLE-01: each must hold an enforcement certificate in force on `today`. Returns every problem, in order.
 */
export function findHandlerProblems(input: {
  handlers: readonly HandlerCandidate[];
  today: LocalDate;
  minimum?: number;
}): HandlerProblem[] {
  const { handlers, today, minimum = 2 } = input;
  const problems: HandlerProblem[] = [];
  const distinct = new Set(handlers.map((handler) => handler.officerId));
  if (distinct.size < minimum) problems.push({ kind: 'tooFew', count: distinct.size, minimum });
  for (const handler of handlers) {
    const certification = certificationOf(handler.certificates, today);
    if (!certification.certified) {
      problems.push({
        kind: 'notCertified',
        officerId: handler.officerId,
        name: handler.name,
        reason: certification.reason,
      });
    }
  }
  return problems;
}

/** Refuses a set of handlers with any problem; the error names the first problem and carries them all. */
export function checkHandlers(input: {
  handlers: readonly HandlerCandidate[];
  today: LocalDate;
  minimum?: number;
}): void {
  const problems = findHandlerProblems(input);
  const [first] = problems;
  if (!first) return;
  if (first.kind === 'tooFew') {
    throw domainError('case.too_few_handlers', { count: first.count, minimum: first.minimum, problems });
  }
  throw domainError('case.handler_not_certified', {
    officerId: first.officerId,
    name: first.name,
    reason: first.reason,
    problems,
  });
}
