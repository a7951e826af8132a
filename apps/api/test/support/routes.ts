import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

export interface RegisteredRoute {
  /** `METHOD /api/path/:param`, as the authorization matrix names routes. */
  route: string;
  controller: new (...args: unknown[]) => object;
  handler: () => unknown;
}

/** Every REST route the application registered, found through Nest's own metadata. */
export function registeredRoutes(app: NestExpressApplication): RegisteredRoute[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const routes: RegisteredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as RegisteredRoute['controller'] | undefined;
    if (!controller) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    for (const method of scanner.getAllMethodNames(controller.prototype)) {
      const handler = (controller.prototype as Record<string, unknown>)[method] as () => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const verb = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const full = ['/api', base, path]
        .filter((p) => p && p !== '/')
        .join('/')
        .replace(/\/+/g, '/');
      routes.push({ route: `${verb} ${full}`, controller, handler });
    }
  }
  return routes;
}
