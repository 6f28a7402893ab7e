import type { SandboxResponse } from '../http/types.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A minimal sign-in style page; the sandbox's pages need no script or styling to work. */
export function htmlPage(title: string, body: string, status = 200): SandboxResponse {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store, no-cache', 'x-frame-options': 'DENY' },
    body: `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:Segoe UI,sans-serif;max-width:26em;margin:4em auto}label,input,button{display:block;margin:.4em 0;width:100%}.error{color:#a80000}</style>
</head><body><h1>${escapeHtml(title)}</h1>
${body}
</body></html>`,
  };
}

export function hiddenInputs(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('\n');
}

export function readForm(body: string): URLSearchParams {
  return new URLSearchParams(body);
}
