import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { getMetadataStorage } from 'class-validator';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_KEY, type AccessRule, PUBLIC_KEY } from './access.decorators';
import type { IdScope } from './id-scope';
import { ID_SCOPES, namesResource } from './scope-registry';
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
  /** The UUID fields of its body and query DTOs, by path (`assignments[].userId`). */
  inputIds: { body: string[]; query: string[] };
}

type Class = new (...args: never[]) => unknown;

/** Where @nestjs/swagger keeps a DTO's documented properties (not exported by the package). */
const API_MODEL_PROPERTIES_ARRAY = 'swagger/apiModelPropertiesArray';
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

/** A DTO property's class, when it is a class with documented properties of its own. */
function dtoClass(type: unknown): Class | null {
  const t = Array.isArray(type) ? (type[0] as unknown) : type;
  if (typeof t !== 'function' || !t.prototype) return null;
  const props = Reflect.getMetadata(API_MODEL_PROPERTIES_ARRAY, t.prototype) as
    string[] | undefined;
  return props?.length ? (t as Class) : null;
}

/**
 * The paths of the UUID fields of a body or query DTO (OpenAPI `format: uuid` or
 * `@IsUUID`), into nested DTOs and arrays of them.
 */
export function uuidFields(dto: Class, prefix = '', depth = 0): string[] {
  if (depth > 5) return [];
  const validated = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(dto, '', true, false)
      .filter((m) => m.name === 'isUuid')
      .map((m) => m.propertyName),
  );
  const props = (
    (Reflect.getMetadata(API_MODEL_PROPERTIES_ARRAY, dto.prototype) as string[]) ?? []
  ).map((p) => p.replace(/^:/, ''));
  const found: string[] = [];
  for (const name of new Set([...props, ...validated])) {
    const meta = (Reflect.getMetadata(API_MODEL_PROPERTIES, dto.prototype, name) ?? {}) as {
      type?: unknown;
      format?: string;
      isArray?: boolean;
    };
    const path = `${prefix}${name}${meta.isArray ? '[]' : ''}`;
    const nested = dtoClass(meta.type);
    if (nested) found.push(...uuidFields(nested, `${path}.`, depth + 1));
    else if (meta.format === 'uuid' || validated.has(name)) found.push(path);
  }
  return found;
}

/** The UUID fields of the DTOs a handler takes whole as its body and its query. */
function inputIdsOf(controller: Class, name: string): RouteInfo['inputIds'] {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
    string,
    { index: number; data?: unknown }
  >;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ??
    []) as unknown[];
  const inputIds: RouteInfo['inputIds'] = { body: [], query: [] };
  for (const [key, arg] of Object.entries(args)) {
    const kind = Number(key.split(':')[0]);
    const from =
      kind === (RouteParamtypes.BODY as number)
        ? 'body'
        : kind === (RouteParamtypes.QUERY as number)
          ? 'query'
          : null;
    const dto = from && dtoClass(types[arg.index]);
    if (!from || !dto) continue;
    const prefix = typeof arg.data === 'string' ? `${arg.data}.` : '';
    inputIds[from].push(...uuidFields(dto, prefix));
  }
  return inputIds;
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
    const controller = wrapper.metatype as Class | null;
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
            inputIds: inputIdsOf(controller, name),
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
 * `@Public` or `@GlobalResource`; a UUID field of a body or query DTO not declared with
 * `@IdsInScope`; body or query ids with no declared scope or no route resource to lie inside.
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
    const scoped = route.params.filter((p) => namesResource(byParam.get(p)));
    for (const param of route.params.filter((p) => byParam.get(p)?.notInPaths)) {
      problems.push(`${route.name}: path parameter ${param} may be named only in a body or query`);
    }
    if (!route.public && !route.global) {
      for (const param of route.params) {
        const scope = byParam.get(param);
        if (scope?.notInPaths || namesResource(scope)) continue;
        const parent = route.params.find((p) => byParam.get(p)?.subKeys?.includes(param));
        if (parent) continue;
        problems.push(
          scope
            ? `${route.name}: path parameter ${param} names a global resource; mark the route @GlobalResource`
            : `${route.name}: path parameter ${param} has no declared scope (declare it in its feature's .scope.ts, listed in scope-registry.ts, or mark the route @GlobalResource or @Public)`,
        );
      }
    }
    for (const from of ['body', 'query'] as const) {
      for (const path of route.inputIds[from]) {
        if (!route.ids?.[from]?.includes(path))
          problems.push(
            `${route.name}: ${from} field ${path} is an id; declare it with @IdsInScope({ ${from}: ['${path}'] })`,
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
