import type { JsonObject } from './body.js';
import type { Permission } from './auth.js';
import type { Reply } from './http.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestContext {
  /** The token that made the request; null on the public routes, which take none. */
  token: string | null;
  /** Path parameter by name, already percent-decoded. */
  param(name: string): string;
  query: URLSearchParams;
  /** The request's `Accept` header; empty when absent. */
  accept: string;
  body: JsonObject;
  /** Raw request path, without the query string. */
  path: string;
  /** Absolute base of the emulator, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
}

export interface Route {
  method: Method;
  /** `{name}` matches one segment; `{name+}` matches the rest of the path, slashes included. */
  path: string;
  /** `public` routes stand in for pre-signed download URLs and take no token. */
  permission: Permission | 'public';
  docs: string;
  handle(ctx: RequestContext): Reply | Promise<Reply>;
}

export interface RouteMatch {
  route: Route;
  params: ReadonlyMap<string, string>;
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(
    /\{(\w+)(\+?)\}|[^{]+/g,
    (whole, name: string | undefined, rest: string) => {
      if (name === undefined) return whole.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(name);
      return rest ? '(.+)' : '([^/]+)';
    },
  );
  return { route, pattern: new RegExp(`^${source}$`), names };
}

export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes.map(compile);
  }

  match(method: string, path: string): RouteMatch | undefined {
    for (const { route, pattern, names } of this.compiled) {
      if (route.method !== method) continue;
      const found = pattern.exec(path);
      if (!found) continue;
      const params = new Map(names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]));
      return { route, params };
    }
    return undefined;
  }
}
