// The REST API of the same server (see API-CONTRACT / OpenAPI at /api/openapi.json).

/** Thrown for a non-2xx answer; the message is the server's one error shape's message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function url(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v !== null && v !== undefined && v !== '') query.set(k, String(v));
  }
  const q = query.toString();
  return path + (q ? '?' + q : '');
}

/** GETs {@code path} with {@code params} and returns the parsed JSON. */
export async function get(path, params) {
  const response = await fetch(url(path, params), { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body?.error?.message ?? `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, `${path}: ${message} (HTTP ${response.status})`);
  }
  return body;
}

/** Follows {@code next} links until {@code max} items are collected or the list ends. */
export async function getAll(path, params, max) {
  const items = [];
  let page = await get(path, { ...params, limit: 200 });
  for (;;) {
    items.push(...page.items);
    if (!page.next || items.length >= max) break;
    const next = new URL(page.next, window.location.href);
    if (next.origin !== window.location.origin || !next.pathname.startsWith('/api/')) break;
    const response = await fetch(next.href, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new ApiError(response.status, `${path}: HTTP ${response.status}`);
    page = await response.json();
  }
  return items.slice(0, max);
}
