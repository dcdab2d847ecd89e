import { isObjectMediaType, isRawMediaType } from '../media-types.js';
import { documentedResponse, findOperation, type ResponseSpec } from './openapi.js';
import type { RecordedResponse } from './recorder.js';
import { componentValidator, describeErrors, validatorFor } from './schemas.js';
import { NO_OPERATION, undocumentedStatus } from './undocumented.js';

export type FindingKind =
  'undocumented-status' | 'invalid-body' | 'missing-header' | 'no-operation' | 'emulator-error';

export interface Finding {
  kind: FindingKind;
  detail: string;
}

/**
 * How the status is accounted for: `documented` by the operation, `listed` in the README's table of
 * undocumented statuses, chosen by the test (`fault`), or served outside api.github.com (the blob store).
 */
export type Basis = 'documented' | 'listed' | 'fault' | 'outside-api' | 'none';

export interface Verdict {
  /** The operationId, or `(no operation)` for a path the description does not have. */
  operation: string;
  status: number;
  basis: Basis;
  findings: Finding[];
}

/** The blob store stands in for pre-signed storage URLs, which are not part of api.github.com. */
const OUTSIDE_API = '/_emulator/';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** GitHub sends `Link` only when there is another page: on a later page, or when `total_count` says more exist. */
function expectsLink(response: RecordedResponse): boolean {
  if (Number(new URLSearchParams(response.query).get('page') ?? 1) > 1) return true;
  const body = response.body;
  if (!isRecord(body) || typeof body.total_count !== 'number') return false;
  const items = Object.values(body).find(Array.isArray);
  return items !== undefined && body.total_count > items.length;
}

function missingHeaders(response: RecordedResponse, documented: ResponseSpec): Finding[] {
  return Object.keys(documented.headers ?? {})
    .map((name) => name.toLowerCase())
    .filter((name) => !(name in response.headers) && (name !== 'link' || expectsLink(response)))
    .map((name) => ({ kind: 'missing-header' as const, detail: `no ${name} header` }));
}

function bodyFindings(key: string, response: RecordedResponse, documented: ResponseSpec): Finding[] {
  const invalid = (detail: string): Finding[] => [{ kind: 'invalid-body', detail }];
  const content = documented.content ?? {};
  if (Object.keys(content).length === 0) {
    return response.body === undefined && !response.raw
      ? []
      : invalid('the description gives this status no body');
  }
  if (isRawMediaType(response.accept))
    return response.raw ? [] : invalid('the raw media type was asked for, the body is JSON');
  const object = 'application/vnd.github.object';
  const mediaType = isObjectMediaType(response.accept) && content[object] ? object : 'application/json';
  const schema = content[mediaType]?.schema;
  if (!schema) return invalid(`the description has no ${mediaType} body for this status`);
  if (response.body === undefined) return invalid('no JSON body');
  const validate = validatorFor(`${key} ${mediaType}`, schema);
  return validate(response.body)
    ? []
    : describeErrors(validate.errors).map((detail) => ({ kind: 'invalid-body', detail }));
}

/** The table's statuses carry GitHub's error bodies. */
function listedVerdict(operation: string, response: RecordedResponse): Verdict {
  const listed = undocumentedStatus(operation, response.status);
  if (!listed) {
    const finding: Finding = { kind: 'undocumented-status', detail: `${response.status} is not documented` };
    return { operation, status: response.status, basis: 'none', findings: [finding] };
  }
  const validate = componentValidator(response.status === 422 ? 'validation-error' : 'basic-error');
  const findings = validate(response.body)
    ? []
    : describeErrors(validate.errors).map((detail) => ({ kind: 'invalid-body' as const, detail }));
  return { operation, status: response.status, basis: 'listed', findings };
}

/** Checks one response against the operation GitHub's OpenAPI description gives for its method and route. */
export function checkResponse(response: RecordedResponse): Verdict {
  const { status } = response;
  if (response.fault) {
    const { route } = response;
    const operation =
      route === null ? NO_OPERATION : (findOperation(response.method, route)?.operation.operationId ?? route);
    return { operation, status, basis: 'fault', findings: [] };
  }
  if (response.route === null) return listedVerdict(NO_OPERATION, response);
  if (response.route.startsWith(OUTSIDE_API))
    return { operation: response.route, status, basis: 'outside-api', findings: [] };
  const ref = findOperation(response.method, response.route);
  if (!ref) {
    const detail = `no operation for ${response.method} ${response.route}`;
    return {
      operation: `${response.method} ${response.route}`,
      status,
      basis: 'none',
      findings: [{ kind: 'no-operation', detail }],
    };
  }
  const operation = ref.operation.operationId;
  if (response.emulatorError) {
    return {
      operation,
      status,
      basis: 'none',
      findings: [{ kind: 'emulator-error', detail: JSON.stringify(response.body) }],
    };
  }
  const documented = documentedResponse(ref.operation, status);
  if (!documented) return listedVerdict(operation, response);
  const key = `${ref.method} ${ref.template} ${status}`;
  const findings = [...missingHeaders(response, documented), ...bodyFindings(key, response, documented)];
  return { operation, status, basis: 'documented', findings };
}
