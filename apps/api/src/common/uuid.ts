import { ParseUUIDPipe } from '@nestjs/common';
import { ApiException } from './api-exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A route-parameter pipe: a malformed id is answered like an unknown one (404). */
export function uuidParam(what: string): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => ApiException.notFound(what) });
}
