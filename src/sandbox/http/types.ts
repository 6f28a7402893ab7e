/**
 * The sandbox's routes are plain functions from a parsed request to a
 * response, so each part (identity, Exchange API, management API) can be
 * written and tested without the HTTP server, which only mounts them.
 */
export interface SandboxRequest {
  method: string;
  /** Path without query string, URL-decoded segments kept as sent. */
  path: string;
  query: URLSearchParams;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Raw body text ('' when none). */
  body: string;
  /** Origin the client used, e.g. https://127.0.0.1:8443 (for absolute links such as @odata.nextLink). */
  origin: string;
}

export interface SandboxResponse {
  status: number;
  headers?: Record<string, string>;
  /** A string is sent as is; any other value is sent as JSON. */
  body?: unknown;
  /** Close the socket without a response (fault injection). */
  drop?: boolean;
}

export type RouteHandler = (req: SandboxRequest, params: Record<string, string>) => Promise<SandboxResponse> | SandboxResponse;
