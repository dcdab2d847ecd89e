import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type OpenApiSchema = Record<string, unknown>;

export interface ResponseSpec {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: OpenApiSchema }>;
}

type Reference = { $ref: string };

export interface Operation {
  operationId: string;
  responses: Record<string, ResponseSpec | Reference>;
}

interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, OpenApiSchema>; responses: Record<string, ResponseSpec> };
}

/** An operation of the description, with the path template it is filed under. */
export interface OperationRef {
  template: string;
  method: string;
  operation: Operation;
}

const DESCRIPTION_FILE = createRequire(import.meta.url).resolve(
  '@octokit/openapi/generated/api.github.com.json',
);

let loaded: Description | undefined;

/** GitHub's description of api.github.com (13 MB), parsed once per process and only when a check needs it. */
export function description(): Description {
  loaded ??= JSON.parse(readFileSync(DESCRIPTION_FILE, 'utf8')) as Description;
  return loaded;
}

const isParam = (segment: string): boolean => segment.startsWith('{');

/** Literal segments equal; a `{param}` of the description stands for any segment of the route, `{path+}` included. */
function matchScore(specTemplate: string, route: readonly string[]): number | undefined {
  const spec = specTemplate.split('/');
  if (spec.length !== route.length) return undefined;
  let literals = 0;
  for (const [i, segment] of spec.entries()) {
    if (isParam(segment)) continue;
    if (segment !== route[i]) return undefined;
    literals += 1;
  }
  return literals;
}

const found = new Map<string, OperationRef | undefined>();

/** The operation an emulator route template answers for; the most literal match wins (`…/artifacts/{id}/zip` → `{archive_format}`). */
export function findOperation(method: string, routeTemplate: string): OperationRef | undefined {
  const key = `${method} ${routeTemplate}`;
  if (found.has(key)) return found.get(key);
  const route = routeTemplate.split('/');
  let best: { ref: OperationRef; score: number } | undefined;
  for (const [template, item] of Object.entries(description().paths)) {
    const operation = item[method.toLowerCase()];
    const score = operation && matchScore(template, route);
    if (operation && score !== undefined && (!best || score > best.score))
      best = { ref: { template, method, operation }, score };
  }
  found.set(key, best?.ref);
  return best?.ref;
}

const resolve = (response: ResponseSpec | Reference): ResponseSpec =>
  '$ref' in response
    ? (description().components.responses[
        response.$ref.replace('#/components/responses/', '')
      ] as ResponseSpec)
    : response;

/** The response the description gives for a status: exact, then `4XX`-style, then `default`. */
export function documentedResponse(operation: Operation, status: number): ResponseSpec | undefined {
  const { responses } = operation;
  const response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  return response && resolve(response);
}

export function componentSchema(name: string): OpenApiSchema {
  const schema = description().components.schemas[name];
  if (!schema) throw new Error(`the description has no schema ${name}`);
  return schema;
}
