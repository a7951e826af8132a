import { HttpException } from '@nestjs/common';
import { ErrorCode, type ErrorBody, type FieldError } from '@praxis/contracts';

/** An HTTP error carrying the stable `code` of the public error shape (and `fields` for validation). */
export class ApiException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message, status);
  }

  static validation(fields: FieldError[]): ApiException {
    const summary = fields.map((f) => `${f.path} ${f.message}`).join('; ');
    return new ApiException(
      400,
      ErrorCode.validationFailed,
      `The request is not valid: ${summary}.`,
      fields,
    );
  }

  static unauthenticated(): ApiException {
    return new ApiException(401, ErrorCode.unauthenticated, 'You need to sign in to do this.');
  }

  static forbidden(message = 'You are not allowed to do this.'): ApiException {
    return new ApiException(403, ErrorCode.forbidden, message);
  }

  static notFound(what = 'The requested resource'): ApiException {
    return new ApiException(404, ErrorCode.notFound, `${what} was not found.`);
  }

  static tooManyRequests(retryAfterSeconds: number): ApiException {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    return new ApiException(
      429,
      ErrorCode.tooManyRequests,
      `Too many attempts. Try again in ${seconds} seconds.`,
      undefined,
      { 'Retry-After': String(seconds) },
    );
  }

  toBody(): ErrorBody {
    return {
      statusCode: this.getStatus(),
      error: statusText(this.getStatus()),
      message: this.message,
      code: this.code,
      ...(this.fields ? { fields: this.fields } : {}),
    };
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? (status >= 500 ? 'Server Error' : 'Error');
}
