import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_KEY, type AccessRule, PUBLIC_KEY } from './access.decorators';
import type { IdScope } from './id-scope';
import { ID_SCOPES } from './scope-registry';
import {
  GLOBAL_RESOURCE_KEY,
  IDS_IN_SCOPE_KEY,
  idNameOf,
  type IdsInScopeOptions,
} from './scope.decorators';

/** One route the app serves, with the metadata its access rules are read from. */
export interface RouteInfo {
  /** `GET /api/audits/:auditId`. */
  name: string;
  params: string[];
  public: boolean;
  access: AccessRule | undefined;
  global: boolean;
  ids: IdsInScopeOptions | undefined;
}

const join = (...parts: string[]) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;
const paths = (value: unknown): string[] =>
  value === undefined ? ['/'] : ([value].flat() as string[]);

/** Every controller route, read from Nest's metadata (as the router registers them). */
export function routesOf(app: INestApplication, prefix: string): RouteInfo[] {
  // Built here rather than injected: the check also runs on an app built in preview mode (to
  // write openapi.json), where no provider is instantiated.
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
    if (!controller) continue;
    const proto = controller.prototype as Record<string, (...args: unknown[]) => unknown>;
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = proto[name];
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const targets = [handler, controller];
      for (const base of paths(Reflect.getMetadata(PATH_METADATA, controller))) {
        for (const own of paths(Reflect.getMetadata(PATH_METADATA, handler))) {
          const path = join(prefix, base, own);
          routes.push({
            name: `${RequestMethod[method]} ${path}`,
            params: [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]),
            public: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true,
            access: reflector.getAllAndOverride<AccessRule>(ACCESS_KEY, targets),
            global: reflector.getAllAndOverride<string>(GLOBAL_RESOURCE_KEY, targets) !== undefined,
            ids: reflector.getAllAndOverride<IdsInScopeOptions>(IDS_IN_SCOPE_KEY, targets),
          });
        }
      }
    }
  }
  return routes;
}

/**
 * What keeps a route from failing closed: no access rule; a path parameter that is neither a
 * declared scope, a declared sub-key of one in the same path, nor on a route marked
 * `@Public` or `@GlobalResource`; body or query ids (`@IdsInScope`) with no declared scope or
 * no route resource to lie inside.
 */
export function routeProblems(
  routes: readonly RouteInfo[],
  scopes: readonly IdScope[] = ID_SCOPES,
): string[] {
  const byParam = new Map(scopes.map((s) => [s.param, s]));
  const problems: string[] = [];
  for (const route of routes) {
    if (!route.public && !route.access) {
      problems.push(`${route.name}: no access rule (@Public, @Access or @SignedIn)`);
    }
    const scoped = route.params.filter((p) => byParam.get(p) && !byParam.get(p)!.global);
    if (!route.public && !route.global) {
      for (const param of route.params) {
        const scope = byParam.get(param);
        if (scope && !scope.global) continue;
        const parent = route.params.find((p) => byParam.get(p)?.subKeys?.includes(param));
        if (parent) continue;
        problems.push(
          scope
            ? `${route.name}: path parameter ${param} names a global resource; mark the route @GlobalResource`
            : `${route.name}: path parameter ${param} has no declared scope (declare it in its feature's .scope.ts, listed in scope-registry.ts, or mark the route @GlobalResource or @Public)`,
        );
      }
    }
    if (route.ids) {
      for (const path of [...(route.ids.body ?? []), ...(route.ids.query ?? [])]) {
        if (!byParam.has(idNameOf(path)))
          problems.push(`${route.name}: ${path} in @IdsInScope has no declared scope`);
      }
      if (scoped.length === 0 || !Array.isArray(route.access?.roles)) {
        problems.push(
          `${route.name}: @IdsInScope needs @Access(...roles) and a path parameter naming the resource the ids lie in`,
        );
      }
    }
  }
  return problems;
}

/** Refuses to start an app with a route that does not fail closed, naming every one. */
export function assertRoutesFailClosed(app: INestApplication, prefix: string): void {
  const problems = routeProblems(routesOf(app, prefix));
  if (problems.length) {
    throw new Error(`routes that do not fail closed:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
}
