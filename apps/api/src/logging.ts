import type { Params } from 'nestjs-pino';
import type { AppConfig } from './config/app-config';

/** Structured JSON logs; cookies, credentials and request bodies never reach them. */
export function loggerOptions(config: AppConfig): Params {
  const pretty = !config.isProduction && process.stdout.isTTY;
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
        censor: '[redacted]',
      },
      autoLogging: { ignore: (request) => request.url === '/api/health' },
      serializers: {
        req: (request: { method: string; url: string; id: unknown }) => ({
          id: request.id,
          method: request.method,
          url: withoutSecrets(request.url),
        }),
      },
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500
          ? 'error'
          : response.statusCode >= 400
            ? 'warn'
            : 'info',
      ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
    },
    forRoutes: [{ path: '*path', method: 0 }],
  };
}

/** Links carry single-use secrets (invitations, password resets, calendar feeds): never log them. */
export function withoutSecrets(url: string): string {
  return url
    .replace(/\/(invitations|password-reset)\/[^/?]+/g, '/$1/[secret]')
    .replace(/([?&]token=)[^&]*/g, '$1[secret]');
}
