import type { z } from 'zod';
import type { FieldError } from './errors';

/** Turns zod issues into the `fields` of the error body: one entry per offending path, with a code. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [path, key].filter(Boolean).join('.'),
        message: 'is not a known field',
        code: 'unrecognized_keys',
      }));
    }
    const custom =
      issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
    const params: Record<string, string | number> = {};
    if (
      'minimum' in issue &&
      (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint')
    )
      params.minimum = Number(issue.minimum);
    if (
      'maximum' in issue &&
      (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint')
    )
      params.maximum = Number(issue.maximum);
    return [
      {
        path: path || '(body)',
        message: issue.message,
        code:
          custom ??
          (issue.code === 'invalid_format' && 'format' in issue
            ? `invalid_${String(issue.format)}`
            : issue.code),
        ...(Object.keys(params).length > 0 ? { params } : {}),
      },
    ];
  });
}
