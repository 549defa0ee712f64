import { type ErrorCode, formatErrorMessage, isDomainError } from '@liuhen/domain';
import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** HTTP status per error code, in one table. Codes not listed are 400. */
const statusByCode: Partial<Record<ErrorCode, number>> = {
  'request.too_large': 413,
  'request.not_found': 404,
  'request.unsupported_media_type': 415,
  'auth.required': 401,
  'auth.invalid_credentials': 401,
  'auth.session_expired': 401,
  'auth.account_disabled': 401,
  'auth.account_locked': 423,
  'auth.csrf_failed': 403,
  'auth.forbidden': 403,
  'auth.password_change_required': 403,
  'agency.not_initialised': 503,
  'unit.not_found': 404,
  'user.not_found': 404,
  'certificate.not_found': 404,
  'blob.not_found': 404,
  'blob.invalid_range': 416,
  'blob.hash_mismatch': 422,
  'ledger.no_checkpoint': 404,
  'ledger.no_signing_key': 409,
  'unit.name_taken': 409,
  'unit.has_users': 409,
  'user.username_taken': 409,
  'user.last_admin': 409,
  'certificate.number_taken': 409,
  'case.transition_not_allowed': 409,
  'case.not_found': 404,
  'activity.not_found': 404,
  'document.not_found': 404,
  'approval.not_found': 404,
  'material.not_found': 404,
  'av.not_found': 404,
  'station.not_found': 404,
  'station.name_taken': 409,
  'station.token_invalid': 401,
  'av.upload_not_yours': 403,
  'av.version_conflict': 409,
  'av.case_closed': 409,
  'av.case_metadata_missing': 409,
  'av.invalid_range': 416,
  'av.custody_officer_not_allowed': 409,
  'av.custody_designated_staff_not_allowed': 409,
  'av.custody_unchanged': 409,
  'av.handover_not_in_profile': 409,
  'av.handover_too_early': 409,
  'av.handover_nothing': 409,
  'av.evidence_copy_not_in_profile': 409,
  'av.evidence_copy_needs_case': 409,
  'case.version_conflict': 409,
  'document.version_conflict': 409,
  'approval.already_pending': 409,
  'approval.out_of_order': 409,
  'case.approval_required': 409,
  'compliance.blocked': 409,
  'compliance.override_invalid': 409,
  'profile.not_found': 404,
  'profile.not_selected': 409,
  'case.approval_mismatch': 409,
  'case.document_required': 409,
  'document.prerequisite_missing': 409,
  'document.scan_type_unsupported': 415,
  'document.incomplete': 422,
  internal: 500,
};

export type ErrorResponse = {
  status: number;
  body: {
    error: { code: string; message: string; messageEn: string; details?: Record<string, unknown>; requestId: string };
  };
};

export function errorResponse(code: ErrorCode, details: Record<string, unknown>, requestId: string): ErrorResponse {
  return {
    status: statusByCode[code] ?? 400,
    body: {
      error: {
        code,
        message: formatErrorMessage(code, details, 'zh'),
        messageEn: formatErrorMessage(code, details, 'en'),
        ...(Object.keys(details).length > 0 ? { details } : {}),
        requestId,
      },
    },
  };
}

const zh = z.locales.zhCN();
const en = z.locales.en();

/** Schema validation failures name each bad field, in Chinese and in English. */
function validationResponse(error: FastifyError & { validation: unknown[] }, requestId: string): ErrorResponse {
  const where = error.validationContext ?? 'body';
  const issues = (
    error.validation as { keyword: string; instancePath: string; message?: string; params: object }[]
  ).map((v) => {
    const issue = { code: v.keyword, path: v.instancePath.split('/').filter(Boolean), ...v.params } as Parameters<
      typeof zh.localeError
    >[0];
    const keys = 'keys' in v.params && Array.isArray(v.params.keys) ? `.${v.params.keys.join(',')}` : '';
    const field = `${where}${v.instancePath === '/' ? '' : v.instancePath.replaceAll('/', '.')}${keys}`;
    const text = (locale: typeof zh) => {
      const message = locale.localeError(issue);
      return typeof message === 'string' ? message : (message?.message ?? v.message ?? v.keyword);
    };
    return { field, zh: text(zh), en: text(en) };
  });
  const response = errorResponse(
    'request.invalid',
    { issues: issues.map((i) => `${i.field}: ${i.zh}`).join('；') },
    requestId,
  );
  response.body.error.messageEn = formatErrorMessage(
    'request.invalid',
    { issues: issues.map((i) => `${i.field}: ${i.en}`).join('; ') },
    'en',
  );
  response.body.error.details = { issues: issues.map((i) => ({ field: i.field, message: i.zh, messageEn: i.en })) };
  return response;
}

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'request.too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.invalid',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.invalid',
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.invalid',
};

/** Turns any thrown error into the public error body. Unknown errors become `internal`, without their stack. */
export function toErrorResponse(error: unknown, input: { requestId: string; bodyLimit: number }): ErrorResponse {
  const { requestId } = input;
  if (isDomainError(error)) return errorResponse(error.code, error.details, requestId);
  if (hasZodFastifySchemaValidationErrors(error)) return validationResponse(error, requestId);
  const fastifyError = error as Partial<FastifyError>;
  const code = fastifyError.code ? fastifyError.code : undefined;
  if (code && code in fastifyCodes) {
    const mapped = fastifyCodes[code]!;
    const details =
      mapped === 'request.too_large'
        ? { limit: input.bodyLimit }
        : mapped === 'request.invalid'
          ? { issues: 'JSON' }
          : {};
    return errorResponse(mapped, details, requestId);
  }
  if (error instanceof SyntaxError) return errorResponse('request.invalid', { issues: 'JSON' }, requestId);
  return errorResponse('internal', { requestId }, requestId);
}
