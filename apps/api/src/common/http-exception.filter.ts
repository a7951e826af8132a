import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import { ErrorCode, type ErrorBody } from '@praxis/contracts';
import type { Response } from 'express';
import { ApiException, statusText } from './api-exception';
import { isDatabaseUnavailable } from './database-errors';

/** Answers every failure with the one public error shape `{statusCode, error, message, code, fields?}`. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    const { body, headers } = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception);
    if (response.headersSent) return;
    response.status(body.statusCode).set(headers).json(body);
  }

  private toBody(exception: unknown): { body: ErrorBody; headers: Record<string, string> } {
    if (exception instanceof ApiException)
      return { body: exception.toBody(), headers: exception.headers };
    const bodyParserError = fromBodyParser(exception);
    if (bodyParserError) return { body: bodyParserError.toBody(), headers: {} };
    if (isDatabaseUnavailable(exception)) {
      return {
        body: body(
          503,
          ErrorCode.databaseUnavailable,
          'The database is unavailable. Please try again shortly.',
        ),
        headers: { 'Retry-After': '5' },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const message =
        status === 404
          ? 'There is nothing at this address.'
          : exception.message || statusText(status);
      return { body: body(status, codeForStatus(status), message), headers: {} };
    }
    return {
      body: body(500, ErrorCode.internal, 'Something went wrong on our side. Please try again.'),
      headers: {},
    };
  }
}

function body(statusCode: number, code: string, message: string): ErrorBody {
  return { statusCode, error: statusText(statusCode), message, code };
}

function codeForStatus(status: number): string {
  switch (status) {
    case 401:
      return ErrorCode.unauthenticated;
    case 403:
      return ErrorCode.forbidden;
    case 404:
      return ErrorCode.notFound;
    case 409:
      return ErrorCode.conflict;
    case 413:
      return ErrorCode.payloadTooLarge;
    case 429:
      return ErrorCode.tooManyRequests;
    default:
      return status >= 500 ? ErrorCode.internal : ErrorCode.validationFailed;
  }
}

/** Express's body parser reports malformed or oversized bodies as errors with a `type`. */
function fromBodyParser(exception: unknown): ApiException | undefined {
  const error = exception as { type?: unknown; cause?: { type?: unknown } } | null;
  const type = error?.type ?? error?.cause?.type;
  if (type === 'entity.parse.failed') {
    return new ApiException(400, ErrorCode.malformedJson, 'The request body is not valid JSON.');
  }
  if (type === 'entity.too.large') {
    return new ApiException(413, ErrorCode.payloadTooLarge, 'The request body is too large.');
  }
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return new ApiException(
      415,
      ErrorCode.validationFailed,
      'The request body encoding is not supported.',
    );
  }
  return undefined;
}
