import type { ErrorBody, FieldError } from '@praxis/contracts';

/** Codes the browser produces itself, for failures that never reached the API's error handler. */
export const ClientErrorCode = {
  network: 'network_error',
  unknown: 'unknown_error',
} as const;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  /** Seconds to wait before retrying, from the Retry-After header. */
  readonly retryAfter: number | undefined;

  constructor(status: number, body: ErrorBody, retryAfter?: number) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? [];
    this.retryAfter = retryAfter;
  }

  fieldError(path: string): FieldError | undefined {
    return this.fields.find((field) => field.path === path);
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
