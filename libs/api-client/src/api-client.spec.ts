import { ApiError, createApiClient, csrfFromCookies, unwrap } from './index';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

function recordingClient(respond: (req: Request) => Response, token = 'tok-123') {
  const seen: Request[] = [];
  const api = createApiClient({
    baseUrl: 'http://api.test',
    csrfToken: () => token,
    fetch: async (req) => {
      seen.push(req);
      return respond(req);
    },
  });
  return { api, seen };
}

describe('api client', () => {
  it('sends X-CSRF-Token on writes and not on reads', async () => {
    const { api, seen } = recordingClient(() => json(200, { id: 'x' }));
    await api.GET('/api/auth/me');
    await api.PATCH('/api/organisations/{organisationId}', {
      params: { path: { organisationId: 'o1' } },
      body: { name: 'Renamed' },
    });
    await api.POST('/api/auth/logout', { params: { header: { 'X-CSRF-Token': 'tok-123' } } });
    expect(seen.map((r) => [r.method, r.headers.get('X-CSRF-Token')])).toEqual([
      ['GET', null],
      ['PATCH', 'tok-123'],
      ['POST', 'tok-123'],
    ]);
    expect(seen[1].url).toBe('http://api.test/api/organisations/o1');
  });

  it('keeps a CSRF header the caller set', async () => {
    const { api, seen } = recordingClient(() => json(200, {}));
    await api.POST('/api/auth/login', {
      params: { header: { 'X-CSRF-Token': 'explicit' } },
      body: { email: 'a@b.test', password: 'pw' },
    });
    expect(seen[0].headers.get('X-CSRF-Token')).toBe('explicit');
  });

  it('unwrap returns the data of a success', async () => {
    const { api } = recordingClient(() => json(200, { csrfToken: 'c' }));
    await expect(unwrap(api.GET('/api/auth/csrf'))).resolves.toEqual({ csrfToken: 'c' });
  });

  it('unwrap throws ApiError with field problems from a 400', async () => {
    const { api } = recordingClient(() =>
      json(400, {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        error: 'Bad Request',
        message: 'name should not be empty',
        details: [
          {
            field: 'name',
            problems: [{ code: 'isNotEmpty', params: {}, message: 'name should not be empty' }],
          },
          { bogus: true },
          { field: 'sector', problems: [42] },
        ],
      }),
    );
    const err = await unwrap(
      api.PATCH('/api/organisations/{organisationId}', {
        params: { path: { organisationId: 'o1' } },
        body: { name: '' },
      }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'name should not be empty',
    });
    expect((err as ApiError).fieldProblems).toEqual([
      {
        field: 'name',
        problems: [{ code: 'isNotEmpty', params: {}, message: 'name should not be empty' }],
      },
    ]);
  });

  it('unwrap reads Retry-After from a 429', async () => {
    const { api } = recordingClient(() =>
      json(
        429,
        { statusCode: 429, code: 'RATE_LIMITED', error: 'Too Many Requests', message: 'too many' },
        { 'Retry-After': '840' },
      ),
    );
    const err = (await unwrap(
      api.POST('/api/auth/login', {
        params: { header: { 'X-CSRF-Token': 't' } },
        body: { email: 'a@b.test', password: 'x' },
      }),
    ).catch((e: unknown) => e)) as ApiError;
    expect(err.status).toBe(429);
    expect(err.code).toBe('RATE_LIMITED');
    expect(err.retryAfterSeconds).toBe(840);
  });

  it('unwrap copes with an error that is not JSON', async () => {
    const { api } = recordingClient(
      () => new Response('gateway down', { status: 502, statusText: 'Bad Gateway' }),
    );
    const err = (await unwrap(api.GET('/api/auth/me')).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(502);
    expect(err.code).toBeUndefined();
    expect(err.fieldProblems).toEqual([]);
  });

  it('reads the CSRF cookie, preferring the __Host- one', () => {
    expect(csrfFromCookies('a=1; pies_csrf=plain')).toBe('plain');
    expect(csrfFromCookies('pies_csrf=plain; __Host-pies_csrf=secure')).toBe('secure');
    expect(csrfFromCookies('other=1')).toBeUndefined();
    expect(csrfFromCookies('')).toBeUndefined();
  });
});
