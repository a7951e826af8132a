import { Body, type PipeTransform, Query } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { toFieldErrors } from '@praxis/contracts';
import { z } from 'zod';
import { ApiException } from './api-exception';

export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown): z.infer<T> {
    const result = this.schema.safeParse(value ?? {});
    if (!result.success) throw ApiException.validation(toFieldErrors(result.error));
    return result.data;
  }
}

/** The request body, validated by a contracts schema and documented in OpenAPI from the same schema. */
export function ZodBody<T extends z.ZodType>(schema: T): ParameterDecorator {
  const body = Body(new ZodValidationPipe(schema));
  const doc = ApiBody({ schema: z.toJSONSchema(schema, { io: 'input' }) as object });
  return (target, key, index) => {
    body(target, key, index);
    if (key !== undefined) doc(target, key, Object.getOwnPropertyDescriptor(target, key)!);
  };
}

export function ZodQuery<T extends z.ZodType>(schema: T): ParameterDecorator {
  return Query(new ZodValidationPipe(schema));
}
