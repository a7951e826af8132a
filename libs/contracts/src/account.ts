import { z } from 'zod';
import { LIMITS } from './auth';
import { SUPPORTED_LOCALES } from './locales';
import { timeZoneSchema } from './time-zones';

export const displayNameSchema = z.string().trim().min(1).max(LIMITS.displayNameMax);

/** Length only; the API also refuses well-known common passwords (field code `weak_password`). */
export const newPasswordSchema = z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax);

export const updateProfileSchema = z
  .strictObject({
    displayName: displayNameSchema.optional(),
    locale: z.enum(SUPPORTED_LOCALES).optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'names nothing to change' });
export type UpdateProfileRequest = z.infer<typeof updateProfileSchema>;

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(LIMITS.passwordMax),
  newPassword: newPasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordSchema>;

export const requestPasswordResetSchema = z.strictObject({ email: z.email().max(LIMITS.emailMax) });
export type RequestPasswordResetRequest = z.infer<typeof requestPasswordResetSchema>;

export const resetPasswordSchema = z.strictObject({ password: newPasswordSchema });
export type ResetPasswordRequest = z.infer<typeof resetPasswordSchema>;

export const adminUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  isAdmin: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const adminUserListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const updateUserSchema = z.strictObject({ disabled: z.boolean() });
export type UpdateUserRequest = z.infer<typeof updateUserSchema>;
