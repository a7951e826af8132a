import type { z } from 'zod';
import type { FieldError } from './errors';

/** Turns zod issues into the `fields` of the error body: one entry per offending path. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return { path: [path, ...issue.keys].filter(Boolean).join('.'), message: 'is not a known field' };
    }
    return { path: path || '(body)', message: issue.message };
  });
}
