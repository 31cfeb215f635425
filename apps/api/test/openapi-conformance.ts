import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * Checks a real JSON response against the OpenAPI description the API publishes, both ways:
 * every property the response carries must be declared, every required property must be
 * there, and each value must have the declared type, format, enum and nullability.
 * `seen` collects the component schemas met with a value, so a test can show it exercised
 * every schema a response can contain (an empty array proves nothing about its items).
 */
type Schema = {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  items?: Schema;
};

const FORMATS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
};

export class SchemaChecker {
  readonly seen = new Set<string>();

  constructor(private readonly doc: OpenAPIObject) {}

  /** Problems of `value` against the component schema `name`, one line each (none: empty). */
  check(name: string, value: unknown): string[] {
    const problems: string[] = [];
    this.walk({ $ref: `#/components/schemas/${name}` }, value, name, problems);
    return problems;
  }

  /** The component schema GET `path` declares for its 200 response (throws if none). */
  responseSchema(path: string): string {
    const ok = this.doc.paths[path]?.get?.responses['200'] as
      { content?: Record<string, { schema?: Schema }> } | undefined;
    const ref = ok?.content?.['application/json']?.schema?.$ref;
    if (!ref) throw new Error(`openapi: GET ${path} declares no response schema`);
    return ref.replace('#/components/schemas/', '');
  }

  /** Every component schema `name` can contain, itself included. */
  reachable(name: string, found = new Set<string>()): Set<string> {
    if (found.has(name)) return found;
    found.add(name);
    const refs = JSON.stringify(this.component(name)).matchAll(/#\/components\/schemas\/(\w+)/g);
    for (const [, ref] of refs) this.reachable(ref, found);
    return found;
  }

  private component(name: string): Schema {
    const schema = (this.doc.components?.schemas ?? {})[name] as Schema | undefined;
    if (!schema) throw new Error(`openapi: no schema ${name}`);
    return schema;
  }

  private walk(schema: Schema, value: unknown, path: string, problems: string[]): void {
    const nullable = schema.nullable === true;
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      if (value !== null) this.seen.add(name);
      return this.walk(this.component(name), value, path, problems);
    }
    if (schema.allOf) {
      if (value === null) {
        if (!nullable) problems.push(`${path}: null, not declared nullable`);
        return;
      }
      for (const part of schema.allOf) this.walk(part, value, path, problems);
      return;
    }
    if (value === null) {
      if (!nullable) problems.push(`${path}: null, not declared nullable`);
      return;
    }
    if (value === undefined) return void problems.push(`${path}: undefined`);
    if (schema.enum && !schema.enum.includes(value))
      problems.push(`${path}: ${JSON.stringify(value)} not in enum ${schema.enum.join('|')}`);
    const type = schema.type ?? (schema.properties || schema.additionalProperties ? 'object' : '');
    switch (type) {
      case 'string':
        if (typeof value !== 'string') problems.push(`${path}: ${typeof value}, declared string`);
        else if (schema.format && FORMATS[schema.format] && !FORMATS[schema.format].test(value))
          problems.push(`${path}: ${JSON.stringify(value)} is not a ${schema.format}`);
        return;
      case 'number':
      case 'integer':
        if (typeof value !== 'number') problems.push(`${path}: ${typeof value}, declared ${type}`);
        else if (type === 'integer' && !Number.isInteger(value))
          problems.push(`${path}: ${value} is not an integer`);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') problems.push(`${path}: ${typeof value}, declared boolean`);
        return;
      case 'array':
        if (!Array.isArray(value)) return void problems.push(`${path}: not an array`);
        value.forEach((v, i) => this.walk(schema.items ?? {}, v, `${path}[${i}]`, problems));
        return;
      case 'object':
        return this.walkObject(schema, value, path, problems);
      default:
        problems.push(`${path}: the schema declares no type`);
    }
  }

  private walkObject(schema: Schema, value: unknown, path: string, problems: string[]): void {
    if (typeof value !== 'object' || Array.isArray(value))
      return void problems.push(`${path}: not an object`);
    const record = value as Record<string, unknown>;
    const properties = schema.properties ?? {};
    for (const key of schema.required ?? [])
      if (!(key in record)) problems.push(`${path}.${key}: required, missing from the response`);
    for (const [key, v] of Object.entries(record)) {
      if (properties[key]) this.walk(properties[key], v, `${path}.${key}`, problems);
      else if (typeof schema.additionalProperties === 'object')
        this.walk(schema.additionalProperties, v, `${path}.${key}`, problems);
      else if (schema.additionalProperties !== true)
        problems.push(`${path}.${key}: in the response, not declared`);
    }
  }
}
