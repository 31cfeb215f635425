import { codesOf, type ErrorDeclaration, type ProblemDeclaration } from './declare';

const FIELD_PROBLEMS = '[{ field, problems: [{ code, params, message }] }]';

/**
 * Errors any route may answer with: input checks, not found, and what the exception filter
 * maps from the HTTP layer (Nest, Fastify's body parsing and uploads) and from PostgreSQL.
 */
export const COMMON_ERRORS = {
  VALIDATION_FAILED: {
    status: 400,
    description: 'A field of the path, query or body is missing or not valid.',
    details: FIELD_PROBLEMS,
  },
  RESOURCE_NOT_FOUND: {
    status: 404,
    description: 'No such resource, or not visible to the caller (the message names which kind).',
  },
  ROUTE_NOT_FOUND: { status: 404, description: 'No route has this method and path.' },
  METHOD_NOT_ALLOWED: { status: 405, description: 'The route does not take this method.' },
  PATH_INVALID: { status: 400, description: 'The path is not valid percent-encoded UTF-8.' },
  PATH_TOO_LONG: { status: 414, description: 'A segment of the path is over 100 characters.' },
  BODY_NOT_JSON: { status: 400, description: 'The body is not valid JSON.' },
  BODY_TOO_DEEP: {
    status: 400,
    description:
      'The JSON body nests arrays and objects too deep (the message says how deep they may go).',
  },
  BODY_EMPTY: {
    status: 400,
    description: 'The body is empty but its Content-Type is application/json.',
  },
  BODY_LENGTH_MISMATCH: {
    status: 400,
    description: 'The body length does not match Content-Length.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, description: 'The body or the uploaded file is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    description: 'The body is not sent as application/json (or multipart/form-data for uploads).',
  },
  UPLOAD_LIMIT_EXCEEDED: {
    status: 413,
    description: 'An upload has too many parts, files or fields.',
  },
  ALREADY_EXISTS: {
    status: 409,
    description: 'Something with this name or key exists already (a unique constraint).',
    details: '{ constraint: string }',
  },
  REFERENCE_INVALID: {
    status: 409,
    description: 'Refers to something that does not exist, or is still referred to.',
  },
  VALUE_MISSING: { status: 400, description: 'A value the database needs is empty.' },
  INVALID_CHARACTER: { status: 400, description: 'Text holds a character that cannot be stored.' },
  INVALID_FORMAT: { status: 400, description: 'A value has the wrong format for its column.' },
  BAD_REQUEST: { status: 400, description: 'The request cannot be served as sent.' },
  SERVICE_UNAVAILABLE: {
    status: 503,
    description:
      'The database (or another service the API needs) is not answering; try again after Retry-After seconds.',
    details: '{ database: "down" }',
  },
  INTERNAL_ERROR: {
    status: 500,
    description: 'An unexpected failure; it has been logged.',
  },
} as const satisfies Record<string, ErrorDeclaration>;

export const CommonErrorCode = codesOf(COMMON_ERRORS);

/**
 * Field problems found by the global validation pipe: class-validator's constraint names,
 * with the constraint's arguments as params.
 */
export const COMMON_PROBLEMS = {
  isString: { description: 'Must be text.' },
  isNotEmpty: { description: 'Must not be empty.' },
  isInt: { description: 'Must be a whole number.' },
  isBoolean: { description: 'Must be true or false.' },
  isArray: { description: 'Must be a list.' },
  isEmail: { description: 'Must be an email address.' },
  isUuid: { description: 'Must be a UUID.' },
  isUrl: { description: 'Must be an http or https URL.' },
  isIso8601: {
    description: 'Must be a real calendar date, YYYY-MM-DD, from min to max.',
    params: '{ min: string, max: string }',
  },
  isIn: { description: 'Must be one of the values.', params: '{ values: unknown[] }' },
  matches: {
    description: 'Must match the pattern (the message says in words).',
    params: '{ pattern: string }',
  },
  min: { description: 'Must be at least min.', params: '{ min: number }' },
  max: { description: 'Must be at most max.', params: '{ max: number }' },
  minLength: { description: 'Must have at least min characters.', params: '{ min: number }' },
  maxLength: { description: 'Must have at most max characters.', params: '{ max: number }' },
  arrayMinSize: { description: 'Must have at least min items.', params: '{ min: number }' },
  arrayMaxSize: { description: 'Must have at most max items.', params: '{ max: number }' },
  arrayUnique: { description: 'Must not list an item twice.' },
  nestedValidation: { description: 'Must be an object (or a list of objects).' },
  unknownProperty: { description: 'This property is not part of the request: leave it out.' },
  isObject: { description: 'The body must be a JSON object (field `body`).' },
  unknownValue: { description: 'The body must be a JSON object.' },
  nulCharacter: { description: 'Text must not contain NUL characters.' },
  unpairedSurrogate: {
    description: 'Text must be well-formed Unicode: no unpaired UTF-16 surrogate (e.g. \\ud800).',
  },
  invalid: { description: 'Not valid (a check with no code of its own; see the message).' },
} as const satisfies Record<string, ProblemDeclaration>;

export const CommonProblemCode = codesOf(COMMON_PROBLEMS);
