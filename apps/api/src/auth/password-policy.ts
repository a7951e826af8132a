import { dictionary } from '@zxcvbn-ts/language-common';
import { FieldErrorCode } from '@praxis/contracts';
import { ApiException } from '../common/api-exception';

let common: Set<string> | undefined;

/** Refuses well-known passwords (zxcvbn's list of about 50,000); length is checked by the schema. */
export function assertNotCommonPassword(password: string, path = 'password'): void {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  if (common.has(password.toLowerCase())) {
    throw ApiException.validation([
      {
        path,
        message: 'is a well-known password; choose another',
        code: FieldErrorCode.weakPassword,
      },
    ]);
  }
}
