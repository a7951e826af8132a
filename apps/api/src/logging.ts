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
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
      ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
    },
    forRoutes: [{ path: '*path', method: 0 }],
  };
}
