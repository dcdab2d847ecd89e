/** Selects requests by method (any when absent) and path; `*` in a string path matches any characters. */
export interface RequestPattern {
  method?: string;
  path: string | RegExp;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number | 'dropped';
}

function toRegExp(path: string | RegExp): RegExp {
  if (path instanceof RegExp) return path;
  const source = path
    .split('*')
    .map((part) => part.replace(/[.+?^$(){}|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

export function matchesRequest(pattern: RequestPattern, method: string, path: string): boolean {
  if (pattern.method !== undefined && pattern.method.toUpperCase() !== method) return false;
  return toRegExp(pattern.path).test(path);
}

/** Every request the emulator finished, in completion order; paths are percent-decoded. */
export class RequestLog {
  private readonly entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  all(): readonly LoggedRequest[] {
    return [...this.entries];
  }

  matching(pattern: RequestPattern): LoggedRequest[] {
    return this.entries.filter((entry) => matchesRequest(pattern, entry.method, entry.path));
  }
}
