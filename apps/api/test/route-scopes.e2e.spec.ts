import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiProperty } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { Type } from 'class-transformer';
import { IsUUID, ValidateNested } from 'class-validator';
import { configureApp, createApp, httpAdapter } from '../src/app.factory';
import { AppModule } from '../src/app.module';
import { Access } from '../src/common/access/access.decorators';
import {
  type RouteInfo,
  routeProblems,
  routesOf,
  uuidFields,
} from '../src/common/access/route-scopes';
import { ID_SCOPES } from '../src/common/access/scope-registry';
import { GlobalResource, IdsInScope } from '../src/common/access/scope.decorators';
import { SaveAssignmentsDto } from '../src/audits/dto/response.dto';
import { loadConfig } from '../src/config/app-config';
import { CreateCycleDto } from '../src/cycles/dto/cycle.dto';
import { DashboardQuery } from '../src/dashboards/dto/dashboard.dto';
import { CreatePartnershipUserDto } from '../src/users/dto/user.dto';
import { buildOpenApiDocument } from '../src/openapi/openapi';

/**
 * Tenancy fails closed at boot: a route naming an id with no declared scope, or with no
 * access rule, stops the app before it listens. Apps here are built in preview mode (routes
 * and metadata, no database), through the same configureApp as production.
 */
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
const databaseUrl = 'postgres://preview/none';

class WidgetInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  widgetId!: string;
}

class StrayBody {
  @ApiProperty({ type: [WidgetInput] })
  @ValidateNested({ each: true })
  @Type(() => WidgetInput)
  widgets!: WidgetInput[];

  // An id known only to validation, not to the OpenAPI description.
  @IsUUID()
  organisationId!: string;
}

@Controller('strays')
class StrayController {
  @Get(':strayId')
  @Access('platform_admin')
  get(@Param('strayId') id: string) {
    return id;
  }

  @Get()
  list() {
    return [];
  }

  @Get('shared/:templateKey')
  @Access('platform_admin')
  @GlobalResource('templates are shared by every partnership')
  shared(@Param('templateKey') key: string) {
    return key;
  }

  @Put('/by-cycle/:cycleId')
  @Access('platform_admin')
  @IdsInScope({ body: ['widgets[].widgetId'] })
  put(@Body() body: StrayBody) {
    return body;
  }
}

async function boot(...controllers: (new () => unknown)[]): Promise<Error | null> {
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ config, databaseUrl })],
    controllers,
  }).compile({ preview: true });
  // No logger: closing a preview app logs the database module's missing connection.
  const app = moduleRef.createNestApplication<NestFastifyApplication>(httpAdapter(config), {
    logger: false,
  });
  try {
    await configureApp(app, config);
    return null;
  } catch (err) {
    return err as Error;
  } finally {
    await app.close();
  }
}

describe('routes fail closed at boot', () => {
  it('refuses to start with a route whose id has no declared scope, naming route and parameter', async () => {
    const err = await boot(StrayController);
    expect(err).toBeInstanceOf(Error);
    const lines = err!.message.split('\n').slice(1);
    expect(lines).toEqual([
      "- GET /api/strays/:strayId: path parameter strayId has no declared scope (declare it in its feature's .scope.ts, listed in scope-registry.ts, or mark the route @GlobalResource or @Public)",
      '- GET /api/strays: no access rule (@Public, @Access or @SignedIn)',
      "- PUT /api/strays/by-cycle/:cycleId: body field organisationId is an id; declare it with @IdsInScope({ body: ['organisationId'] })",
      '- PUT /api/strays/by-cycle/:cycleId: widgets[].widgetId in @IdsInScope has no declared scope',
    ]);
  });

  it('starts the app itself, and reads every route the app serves', async () => {
    const app = await createApp({ config, databaseUrl, preview: true });
    try {
      const openapi = Object.entries(buildOpenApiDocument(app).paths).flatMap(([path, item]) =>
        Object.keys(item)
          .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map((m) => `${m.toUpperCase()} ${path}`),
      );
      const read = routesOf(app, 'api').map((r) => r.name.replace(/:(\w+)/g, '{$1}'));
      expect(read.sort()).toEqual(openapi.sort());
      expect(routeProblems(routesOf(app, 'api'))).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('uuidFields', () => {
  it('finds the ids of a body or query DTO, in nested arrays too', () => {
    expect(uuidFields(SaveAssignmentsDto)).toEqual(['assignments[].userId']);
    expect(uuidFields(CreatePartnershipUserDto)).toEqual(['memberships[].organisationId']);
    expect(uuidFields(CreateCycleDto)).toEqual(['frameworkVersionId']);
    expect(uuidFields(DashboardQuery)).toEqual(['cycleId']);
    expect(uuidFields(StrayBody).sort()).toEqual(['organisationId', 'widgets[].widgetId']);
  });
});

describe('routeProblems', () => {
  const route = (name: string, more: Partial<RouteInfo> = {}): RouteInfo => ({
    name,
    params: [...name.matchAll(/:(\w+)/g)].map((m) => m[1]),
    public: false,
    access: { roles: ['platform_admin'] },
    global: false,
    ids: undefined,
    inputIds: { body: [], query: [] },
    ...more,
  });

  it('allows a declared sub-key only beside its parent', () => {
    expect(routeProblems([route('PUT /api/audits/:auditId/responses/:indicatorCode')])).toEqual([]);
    expect(routeProblems([route('PUT /api/cycles/:cycleId/responses/:indicatorCode')])).toEqual([
      expect.stringContaining('path parameter indicatorCode has no declared scope'),
    ]);
  });

  it('allows any parameter on a public or global route', () => {
    expect(
      routeProblems([
        route('GET /api/things/:thingId', { public: true, access: undefined }),
        route('GET /api/things/:thingId', { global: true }),
      ]),
    ).toEqual([]);
  });

  it('refuses a person as a route resource, even on a global route', () => {
    expect(
      routeProblems([
        route('GET /api/users/:userId'),
        route('GET /api/shared/:userId', { global: true }),
      ]),
    ).toEqual([
      expect.stringContaining('GET /api/users/:userId: path parameter userId may be named only'),
      expect.stringContaining('GET /api/shared/:userId: path parameter userId may be named only'),
    ]);
  });

  it('asks for @GlobalResource on a route naming a global id in its path', () => {
    const shared = { param: 'sharedId', label: 'shared thing', sql: 'SELECT 1', global: true };
    expect(routeProblems([route('GET /api/versions/:sharedId')], [shared])).toEqual([
      expect.stringContaining('names a global resource'),
    ]);
  });

  it('refuses body and query ids with no resource to lie inside', () => {
    const ids = { body: ['frameworkVersionId'] };
    expect(routeProblems([route('POST /api/cycles', { ids })])).toEqual([
      expect.stringContaining('@IdsInScope needs @Access(...roles) and a path parameter'),
    ]);
    expect(
      routeProblems([
        route('POST /api/partnerships/:partnershipId/x', { ids, access: { roles: 'signed-in' } }),
      ]),
    ).toEqual([expect.stringContaining('@IdsInScope needs @Access(...roles)')]);
    expect(routeProblems([route('POST /api/partnerships/:partnershipId/x', { ids })])).toEqual([]);
  });

  it('reads the registry: each id is declared once', () => {
    const params = ID_SCOPES.map((s) => s.param);
    expect(new Set(params).size).toBe(params.length);
  });
});
