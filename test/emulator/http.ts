export const DOCS_ROOT = 'https://docs.github.com/rest';

export type Headers = Record<string, string>;

/** What a route answers: JSON unless `body` is a Buffer, no body when undefined. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Headers;
}

/** One entry of a 422 `errors` array; `custom` errors carry a message instead of a field. */
export interface FieldError {
  resource: string;
  code: string;
  field?: string;
  message?: string;
}

/** Thrown anywhere below a route; the pipeline turns it into GitHub's error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: readonly FieldError[],
  ) {
    super(message);
  }
}

export function json(status: number, body?: unknown, headers: Headers = {}): Reply {
  return { status, body, headers };
}

export const notFound = (): ApiError => new ApiError(404, 'Not Found');

export const validationFailed = (...errors: FieldError[]): ApiError =>
  new ApiError(422, 'Validation Failed', errors);

/** GitHub's schema-validation wording for a missing or mistyped parameter. */
export const notSupplied = (field: string): ApiError =>
  new ApiError(422, `Invalid request.\n\n"${field}" wasn't supplied.`);

export function errorBody(error: ApiError, documentationUrl: string): Record<string, unknown> {
  const body: Record<string, unknown> = { message: error.message, documentation_url: documentationUrl };
  if (error.errors) body.errors = error.errors;
  return body;
}
