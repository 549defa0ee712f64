import type { ErrorBody } from '@liuhen/contracts';
import type { Lang } from '../i18n/language-context';

type ErrorDetail = ErrorBody['error'];

/** A failed API call, carrying the server's stable code and its message in both languages. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly details: Record<string, unknown> | undefined;
  readonly requestId: string | undefined;

  constructor(status: number, detail: ErrorDetail) {
    super(detail.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = detail.code;
    this.messageZh = detail.message;
    this.messageEn = detail.messageEn;
    this.details = detail.details;
    this.requestId = detail.requestId;
  }

  localised(lang: Lang): string {
    return lang === 'en' ? this.messageEn : this.messageZh;
  }
}

/** Codes the app answers by navigating (to the login or change-password page), not by a pop-up. */
export const redirectingCodes = new Set(['auth.required', 'auth.session_expired', 'auth.password_change_required']);

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Any failure as an ApiError: network failures and unreadable answers get client-side codes. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, {
    code: 'client.network',
    message: '无法连接服务器，请检查网络后重试',
    messageEn: 'Cannot reach the server; check the network and try again',
  });
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const detail = (value as { error: unknown }).error;
  return typeof detail === 'object' && detail !== null && 'code' in detail && 'message' in detail;
}

/** Reads an error answer; a proxy's HTML error page or an empty body becomes a generic server error. */
export function errorFromResponse(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) {
    const { error } = body;
    return new ApiError(status, { ...error, messageEn: error.messageEn ?? error.message });
  }
  return new ApiError(status, {
    code: 'client.unexpected_response',
    message: `服务器返回异常（HTTP ${status}），请稍后重试`,
    messageEn: `The server answered unexpectedly (HTTP ${status}); try again later`,
  });
}
