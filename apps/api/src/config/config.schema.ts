import { z } from 'zod';

export const DEV_SESSION_SECRET = 'development-only-session-secret-change-me!';
export const DEV_LIVEKIT_KEY = 'devkey';
export const DEV_LIVEKIT_SECRET = 'secret';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** Every environment variable the API reads, with its default. README's configuration table mirrors it. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.preprocess(emptyAsUndefined, url(['http:', 'https:']).optional()),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(url(['http:', 'https:']))),
  TRUST_PROXY: z.preprocess(emptyAsUndefined, bool.default(false)),
  DATABASE_URL: z.preprocess(emptyAsUndefined, url(['postgres:', 'postgresql:']).optional()),
  DATA_DIR: z.string().min(1).default('.data'),
  REDIS_URL: z.preprocess(emptyAsUndefined, url(['redis:', 'rediss:']).optional()),
  SESSION_SECRET: z
    .string()
    .min(32, { message: 'must be at least 32 characters' })
    .default(DEV_SESSION_SECRET),
  SESSION_TTL_HOURS: z.coerce
    .number({ message: 'must be a number of hours' })
    .int()
    .min(1)
    .max(24 * 90)
    .default(336),
  DEMO: z.preprocess(emptyAsUndefined, bool.optional()),
  DEMO_PASSWORD: z
    .string()
    .min(8, { message: 'must be at least 8 characters' })
    .default('praxis-demo'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LIVEKIT_URL: z.preprocess(emptyAsUndefined, url(['ws:', 'wss:', 'http:', 'https:']).optional()),
  LIVEKIT_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  LIVEKIT_API_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  LIVEKIT_API_URL: z.preprocess(emptyAsUndefined, url(['http:', 'https:']).optional()),
  WEB_DIST: z.string().default('dist/apps/web'),
  SMTP_URL: z.preprocess(emptyAsUndefined, url(['smtp:', 'smtps:']).optional()),
  MAIL_FROM: z.string().min(3).default('Praxis <no-reply@praxis.localhost>'),
  OUTBOX_DIR: z.preprocess(emptyAsUndefined, z.string().optional()),
  REMINDER_POLL_SECONDS: z.coerce
    .number({ message: 'must be a number of seconds' })
    .int()
    .min(0)
    .max(3600)
    .default(60),
});

export type Env = z.infer<typeof envSchema>;
