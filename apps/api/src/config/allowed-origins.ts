export const VITE_DEV_PORT = 4200;

/**
 * Origins that may make state-changing browser requests (and CORS calls): the public URL, CORS_ORIGINS,
 * and in development the app's own loopback addresses and the Vite dev server.
 */
export class AllowedOrigins {
  private readonly origins: Set<string>;

  constructor(
    origins: Iterable<string>,
    private readonly development: boolean,
  ) {
    this.origins = new Set(origins);
  }

  has(origin: string): boolean {
    return this.origins.has(origin);
  }

  /** In development, accept the loopback address the server really listens on (PORT=0 picks one). */
  addLocalPort(port: number): void {
    if (!this.development) return;
    this.origins.add(`http://localhost:${port}`);
    this.origins.add(`http://127.0.0.1:${port}`);
  }

  list(): string[] {
    return [...this.origins];
  }
}
