import type { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_CODES, ERRORS_BY_FEATURE, PROBLEM_CODES, PROBLEMS_BY_FEATURE } from '../error-codes';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** One Markdown table per feature: code, status, meaning, details. */
function errorTable(): string {
  const lines = [
    'Codes by feature (status, meaning, and the shape of `details` where there is one):',
  ];
  for (const [feature, declarations] of Object.entries(ERRORS_BY_FEATURE)) {
    lines.push(
      '',
      `**${feature}**`,
      '',
      '| code | status | meaning | details |',
      '| --- | --- | --- | --- |',
    );
    for (const [code, d] of Object.entries(declarations)) {
      const details = 'details' in d ? `\`${d.details}\`` : '';
      lines.push(`| \`${code}\` | ${d.status} | ${d.description} | ${details} |`);
    }
  }
  return lines.join('\n');
}

function problemTable(): string {
  const lines = ['Problem codes by feature (and the shape of `params`):'];
  for (const [feature, declarations] of Object.entries(PROBLEMS_BY_FEATURE)) {
    lines.push('', `**${feature}**`, '', '| code | meaning | params |', '| --- | --- | --- |');
    for (const [code, d] of Object.entries(declarations)) {
      const params = 'params' in d ? `\`${d.params}\`` : '`{}`';
      lines.push(`| \`${code}\` | ${d.description} | ${params} |`);
    }
  }
  return lines.join('\n');
}

/**
 * Declares the error body (`ErrorBody`, its `code` an enum of every declared code) and the
 * field-problem shape, and gives every operation's error responses that body, so clients decide
 * on `code` from a typed list.
 */
export function addErrorSchemas(doc: OpenAPIObject): OpenAPIObject {
  doc.components ??= {};
  doc.components.schemas ??= {};
  Object.assign(doc.components.schemas, {
    ErrorCode: { type: 'string', enum: [...ERROR_CODES], description: errorTable() },
    ProblemCode: { type: 'string', enum: [...PROBLEM_CODES], description: problemTable() },
    Problem: {
      type: 'object',
      required: ['code', 'params', 'message'],
      properties: {
        code: ref('ProblemCode'),
        params: {
          type: 'object',
          additionalProperties: true,
          description: "The check's arguments, e.g. `{ max: 2000 }` for maxLength.",
        },
        message: {
          type: 'string',
          description:
            "The API's English wording: for logs, and for clients that do not know the code.",
        },
      },
    },
    FieldProblem: {
      type: 'object',
      required: ['field', 'problems'],
      properties: {
        field: {
          type: 'string',
          description: 'Dotted path of the field, e.g. `name` or `memberships.0.organisationId`.',
        },
        problems: { type: 'array', items: ref('Problem') },
      },
    },
    ErrorBody: {
      type: 'object',
      required: ['statusCode', 'code', 'error', 'message'],
      description:
        'Every error response. Decide on `code` (stable); `message` is for people and may change. `details` depends on the code (see ErrorCode): field problems (`FieldProblem[]`) for VALIDATION_FAILED, data such as `{ current }` or `{ status }` for some conflicts.',
      properties: {
        statusCode: { type: 'integer', example: 409 },
        code: ref('ErrorCode'),
        error: { type: 'string', example: 'Conflict' },
        message: { type: 'string' },
        details: { description: "Depends on `code`: see ErrorCode's table." },
      },
    },
  });
  const content = { 'application/json': { schema: ref('ErrorBody') } };
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item) as { responses?: Record<string, object> }[]) {
      if (!op || typeof op !== 'object' || !op.responses) continue;
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) >= 400) Object.assign(response, { content });
      }
      op.responses.default = {
        description: 'Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody.',
        content,
      };
    }
  }
  return doc;
}
