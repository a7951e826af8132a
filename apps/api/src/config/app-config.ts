import { join, resolve } from 'node:path';
import { AllowedOrigins, VITE_DEV_PORT } from './allowed-origins';
import {
  DEV_LIVEKIT_KEY,
  DEV_LIVEKIT_SECRET,
  DEV_SESSION_SECRET,
  envSchema,
} from './config.schema';

/** Thrown when the environment cannot run Praxis; the message is one sentence per problem. */
export class ConfigError extends Error {}

export interface ServerConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** The origin people open; without PUBLIC_URL, http://localhost:<the port really listened on>. */
  publicUrl: string;
  publicUrlFromEnv: boolean;
  allowedOrigins: AllowedOrigins;
  trustProxy: boolean;
  webDist: string | null;
}
export interface DatabaseConfig {
  /** Undefined means: start the embedded PostgreSQL (PGlite) in `dataDir`. */
  url: string | undefined;
  dataDir: string;
}
export interface AuthConfig {
  sessionSecret: string;
  sessionTtlHours: number;
  secureCookie: boolean;
}
export interface DemoConfig {
  enabled: boolean;
  password: string;
}
export interface MailConfig {
  /** Undefined: no SMTP server; messages are written to `outboxDir` instead. */
  smtpUrl: string | undefined;
  from: string;
  outboxDir: string;
}
export interface LiveKitConfig {
  /** What browsers connect to (ws:// or wss://). */
  url: string;
  /** Where the API calls LiveKit's room service; the browser URL as http(s) unless LIVEKIT_API_URL says otherwise. */
  apiUrl: string;
  apiKey: string;
  apiSecret: string;
}

export class AppConfig {
  constructor(
    readonly server: ServerConfig,
    readonly database: DatabaseConfig,
    readonly auth: AuthConfig,
    readonly demo: DemoConfig,
    readonly redisUrl: string | undefined,
    readonly livekit: LiveKitConfig | undefined,
    readonly logLevel: string,
    readonly mail: MailConfig,
    /** How often due session reminders are looked for; 0 turns the reminder worker off. */
    readonly reminderPollSeconds: number,
  ) {}

  get isProduction(): boolean {
    return this.server.env === 'production';
  }
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${String(issue.path[0])} ${issue.message}.`,
    );
    throw new ConfigError(`Invalid configuration: ${problems.join(' ')}`);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  const problems: string[] = [];
  if (production && !env.PUBLIC_URL)
    problems.push('PUBLIC_URL must be set in production (the address people open).');

  if (production && env.SESSION_SECRET === DEV_SESSION_SECRET) {
    problems.push(
      'SESSION_SECRET must be set to your own secret in production (the development default is refused).',
    );
  }
  if (production && env.DEMO) {
    problems.push('DEMO cannot be true in production: demo accounts never exist there.');
  }
  const livekitVars = [env.LIVEKIT_URL, env.LIVEKIT_API_KEY, env.LIVEKIT_API_SECRET];
  if (livekitVars.some(Boolean) && !livekitVars.every(Boolean)) {
    problems.push(
      'LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET must be set together (or none of them).',
    );
  }
  if (
    production &&
    (env.LIVEKIT_API_KEY === DEV_LIVEKIT_KEY || env.LIVEKIT_API_SECRET === DEV_LIVEKIT_SECRET)
  ) {
    problems.push(
      'LIVEKIT_API_KEY and LIVEKIT_API_SECRET must not be the LiveKit development keys in production.',
    );
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join(' ')}`);

  const publicUrl = new URL(env.PUBLIC_URL ?? `http://localhost:${env.PORT || 3000}`).origin;
  const allowedOrigins = new AllowedOrigins(
    [publicUrl, ...env.CORS_ORIGINS.map((o) => new URL(o).origin)],
    !production,
  );
  allowedOrigins.addLocalPort(env.PORT);
  allowedOrigins.addLocalPort(VITE_DEV_PORT);
  const embedded = !env.DATABASE_URL;

  return new AppConfig(
    {
      env: env.NODE_ENV,
      port: env.PORT,
      host: env.HOST,
      publicUrl,
      publicUrlFromEnv: env.PUBLIC_URL !== undefined,
      allowedOrigins,
      trustProxy: env.TRUST_PROXY,
      webDist: env.WEB_DIST ? resolve(env.WEB_DIST) : null,
    },
    { url: env.DATABASE_URL, dataDir: resolve(env.DATA_DIR) },
    {
      sessionSecret: env.SESSION_SECRET,
      sessionTtlHours: env.SESSION_TTL_HOURS,
      secureCookie: production,
    },
    { enabled: !production && (env.DEMO ?? embedded), password: env.DEMO_PASSWORD },
    env.REDIS_URL,
    env.LIVEKIT_URL && env.LIVEKIT_API_KEY && env.LIVEKIT_API_SECRET
      ? {
          url: env.LIVEKIT_URL,
          apiUrl: env.LIVEKIT_API_URL ?? env.LIVEKIT_URL.replace(/^ws/, 'http'),
          apiKey: env.LIVEKIT_API_KEY,
          apiSecret: env.LIVEKIT_API_SECRET,
        }
      : undefined,
    env.LOG_LEVEL,
    {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      outboxDir: resolve(env.OUTBOX_DIR ?? join(env.DATA_DIR, 'outbox')),
    },
    env.REMINDER_POLL_SECONDS,
  );
}
