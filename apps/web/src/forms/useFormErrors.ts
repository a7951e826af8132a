import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  fieldErrorsOfApi,
  fieldErrorsOfSchema,
  translateFieldError,
  type FieldErrors,
} from '../i18n/fieldErrors';

/** Focuses the first control, in page order, whose name has an error. */
export function focusFirstError(form: HTMLFormElement | null, errors: FieldErrors): void {
  if (!form) return;
  for (const element of Array.from(form.elements)) {
    const name = (element as HTMLInputElement).name;
    if (name && errors[name] && element instanceof HTMLElement) {
      element.focus();
      return;
    }
  }
}

/**
 * Field errors of one form: those the shared schema finds before submitting, else those the API sent
 * back with the submission's error.
 */
export function useFormErrors(submitError: unknown) {
  const { t } = useTranslation();
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const errors = clientErrors ?? fieldErrorsOfApi(submitError);

  const validate = useCallback(
    <S extends z.ZodType>(
      schema: S,
      value: unknown,
      form: HTMLFormElement | null,
    ): z.output<S> | undefined => {
      const parsed = schema.safeParse(value);
      if (parsed.success) {
        setClientErrors(null);
        return parsed.data;
      }
      const found = fieldErrorsOfSchema(parsed.error);
      setClientErrors(found);
      focusFirstError(form, found);
      return undefined;
    },
    [],
  );

  return {
    errors,
    /** The translated sentence for a field, or undefined. */
    errorOf: (path: string) => translateFieldError(t, errors[path]),
    validate,
    /** Forget what the browser found (e.g. when the form is reset). */
    clear: useCallback(() => {
      setClientErrors(null);
    }, []),
    hasClientErrors: clientErrors !== null,
  };
}
