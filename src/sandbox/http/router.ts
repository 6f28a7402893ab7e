import type { RouteHandler, SandboxRequest, SandboxResponse } from './types.js';

/**
 * Matches requests to handlers by method and path pattern. Segments are
 * literal (compared case-insensitively, as Entra and Exchange do) or
 * `:name` captures; a final `*name` captures the rest of the path.
 */
export class Router {
  private readonly routes: Array<{ method: string; segments: string[]; handler: RouteHandler }> = [];

  add(method: string, pattern: string, handler: RouteHandler): void {
    this.routes.push({ method: method.toUpperCase(), segments: splitPath(pattern), handler });
  }

  /** Finds the handler for a request; a path that exists under another method gives 405. */
  async handle(req: SandboxRequest): Promise<SandboxResponse | undefined> {
    const path = splitPath(req.path);
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, path);
      if (!params) continue;
      pathMatched = true;
      if (route.method !== req.method.toUpperCase() && route.method !== '*') continue;
      return route.handler(req, params);
    }
    if (pathMatched) return { status: 405, body: { error: { code: 'MethodNotAllowed', message: `The method '${req.method}' is not allowed on ${req.path}.` } } };
    return undefined;
  }
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function matchSegments(pattern: string[], path: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    if (p.startsWith('*')) {
      params[p.slice(1) || 'rest'] = path.slice(i).map(safeDecode).join('/');
      return params;
    }
    const s = path[i];
    if (s === undefined) return undefined;
    if (p.startsWith(':')) params[p.slice(1)] = safeDecode(s);
    else if (p.toLowerCase() !== s.toLowerCase()) return undefined;
  }
  return pattern.length === path.length ? params : undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
