import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import {
  errorCodes,
  type FastifyBodyParser,
  type FastifyInstance,
  type FastifyRequest,
} from 'fastify';
import { CommonErrorCode } from './errors/common.errors';
import { BadRequestError } from './errors/domain-errors';

/** The deepest nesting of arrays and objects a JSON body may have. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether JSON text nests arrays and objects deeper than `max`: one pass, no recursion, stopping
 * at the first bracket too deep. For text that is not JSON the answer does not matter: the
 * parser refuses it next.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** A JSON body as it arrived, parsed only once the access guard has let the request in. */
class UnparsedJson {
  constructor(
    readonly text: string,
    readonly parse: FastifyBodyParser<string>,
  ) {}
}

/**
 * Bodies are JSON (uploads are multipart; anything else is a 415). The content-type parser only
 * collects the text, within Fastify's size limit; it is parsed after the access guard (see
 * `parsedBody`), so a caller who is not let in never makes the API parse anything. An empty
 * body sent as JSON is no body (a POST that needs none).
 */
export function acceptJsonBodies(fastify: FastifyInstance): void {
  fastify.removeContentTypeParser(['text/plain', 'application/json']);
  // Fastify's own parser, with its prototype-poisoning guard.
  const json = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) =>
    done(null, body === '' ? undefined : new UnparsedJson(body as string, json)),
  );
  // RFC 8058: a mail client's one-click unsubscribe posts `List-Unsubscribe=One-Click` as a
  // form. Read (within a small limit) and dropped there, since the link is the whole request;
  // anywhere else a form is a 415 as before.
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (req, _body, done) =>
      req.url.startsWith(ONE_CLICK_PREFIX)
        ? done(null, undefined)
        : done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(req.headers['content-type'])),
  );
}

/** Where forms are taken: the one-click unsubscribe (notifications.controller.ts). */
const ONE_CLICK_PREFIX = '/api/unsubscribe/';

/**
 * The request's body, parsed (once) from its JSON text: 400 BODY_TOO_DEEP when it nests deeper
 * than MAX_JSON_DEPTH (checked before parsing, in linear time), 400 BODY_NOT_JSON when it is not
 * JSON. Called by the access guard when a route names ids in its body, and for every route by
 * ParseJsonBody, which runs after the guards and before the pipes.
 */
export function parsedBody(req: FastifyRequest): unknown {
  if (!(req.body instanceof UnparsedJson)) return req.body;
  const { text, parse } = req.body;
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new BadRequestError(
      CommonErrorCode.BODY_TOO_DEEP,
      `the body nests arrays and objects more than ${MAX_JSON_DEPTH} deep`,
    );
  }
  let failed: Error | null = null;
  // Fastify's default parser calls back before it returns.
  void parse(req, text, (err, value) => {
    failed = err;
    req.body = value;
  });
  if (failed) throw failed as Error;
  return req.body;
}

/** Parses the JSON body after the guards, before any pipe transforms or validates it. */
export class ParseJsonBody implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    parsedBody(context.switchToHttp().getRequest<FastifyRequest>());
    return next.handle();
  }
}
