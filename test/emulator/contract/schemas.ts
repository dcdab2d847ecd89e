import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { componentSchema, type OpenApiSchema } from './openapi.js';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not']);
/** Annotations only, or OpenAPI keywords rewritten below. */
const DROPPED = new Set([
  'nullable',
  'discriminator',
  'example',
  'examples',
  'externalDocs',
  'xml',
  'deprecated',
  'readOnly',
  'writeOnly',
]);
const COMPONENT_REF = '#/components/schemas/';

const componentId = (name: string): string => `openapi:components/schemas/${name}`;

let ajv: Ajv | undefined;
const registered = new Set<string>();
const validators = new Map<string, ValidateFunction>();

function engine(): Ajv {
  if (!ajv) {
    // strict: false lets the description's own keywords (`x-github`, unknown formats such as `repo.nwo`) pass.
    ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(ajv);
    // GitHub's own bot addresses (`41898282+github-actions[bot]@users.noreply.github.com`) fail RFC 5322's
    // dot-atom, which ajv's `email` follows: any local@domain is accepted instead.
    ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  }
  return ajv;
}

const isObject = (value: unknown): value is OpenApiSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * OpenAPI 3.0 schema → JSON Schema for ajv: `nullable: true` admits null; `oneOf` is read as `anyOf`, because
 * the description's alternatives overlap (a null `value` matches all three of validation-error's, a file
 * object more than one content type); component `$ref`s point at schemas registered once per process.
 */
function toJsonSchema(schema: OpenApiSchema): OpenApiSchema {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace(COMPONENT_REF, '');
    register(name);
    return { $ref: componentId(name) };
  }
  const out: OpenApiSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (SCHEMA_MAPS.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, inner]) => [name, toJsonSchema(inner as OpenApiSchema)]),
      );
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key === 'oneOf' ? 'anyOf' : key] = value.map((inner) => toJsonSchema(inner as OpenApiSchema));
    } else if (SCHEMA_VALUES.has(key) && isObject(value)) out[key] = toJsonSchema(value);
    else out[key] = value;
  }
  return schema.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

function register(name: string): void {
  if (registered.has(name)) return;
  // Marked first: components refer to themselves (a repository's `template_repository`, …).
  registered.add(name);
  engine().addSchema(toJsonSchema(componentSchema(name)), componentId(name));
}

/** A validator per key, compiled once per process. */
export function validatorFor(key: string, schema: OpenApiSchema): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = engine().compile(toJsonSchema(schema));
    validators.set(key, validate);
  }
  return validate;
}

export const componentValidator = (name: string): ValidateFunction =>
  validatorFor(`component ${name}`, { $ref: `${COMPONENT_REF}${name}` });

/** The `{type: 'null'}` branch a nullable schema adds fails whenever the value is not null: noise in a report. */
const isNullAlternative = (error: ErrorObject): boolean =>
  error.keyword === 'type' && (error.params as { type?: string }).type === 'null';

/** ajv's errors in a few lines: missing properties grouped by object, the rest as path + message. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined, limit = 6): string[] {
  const missing = new Map<string, string[]>();
  const other: string[] = [];
  for (const error of errors ?? []) {
    const at = error.instancePath || '/';
    if (error.keyword === 'required') {
      missing.set(at, [
        ...(missing.get(at) ?? []),
        String((error.params as { missingProperty: string }).missingProperty),
      ]);
    } else if (error.keyword !== 'anyOf' && !isNullAlternative(error))
      other.push(`${at} ${error.message ?? error.keyword}`);
  }
  const lines = [...[...missing].map(([at, names]) => `${at} misses ${names.join(', ')}`), ...new Set(other)];
  return lines.length > limit ? [...lines.slice(0, limit), `… ${lines.length - limit} more`] : lines;
}
