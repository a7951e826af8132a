import { ErrorCode, type LoginRequest } from '@praxis/contracts';
import type { z } from 'zod';
import { isApiError } from '../../api/ApiError';

export type LoginField = keyof LoginRequest;
export type LoginFieldKey =
  'login.emailInvalid' | 'login.passwordRequired' | 'login.passwordTooLong';
export type LoginFieldErrors = Partial<Record<LoginField, LoginFieldKey>>;

const DEFAULT_KEY: Record<LoginField, LoginFieldKey> = {
  email: 'login.emailInvalid',
  password: 'login.passwordRequired',
};

function isLoginField(path: unknown): path is LoginField {
  return path === 'email' || path === 'password';
}

/** Translation keys for the fields the shared login schema rejected in the browser. */
export function fromSchemaIssues(error: z.ZodError): LoginFieldErrors {
  const errors: LoginFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (!isLoginField(field) || errors[field]) continue;
    errors[field] =
      field === 'password' && issue.code === 'too_big'
        ? 'login.passwordTooLong'
        : DEFAULT_KEY[field];
  }
  return errors;
}

/** Translation keys for the fields named in a validation_failed answer from the API. */
export function fromApiError(error: unknown): LoginFieldErrors {
  if (!isApiError(error, ErrorCode.validationFailed)) return {};
  const errors: LoginFieldErrors = {};
  for (const { path } of error.fields) {
    if (isLoginField(path)) errors[path] = DEFAULT_KEY[path];
  }
  return errors;
}
