// The kiosk-app's local JSON API (docs/kiosk.md). Every failure becomes an ApiError.
const TIMEOUT_MS = 10000;

/** status 0 means the local backend could not be reached. body is the {error, message, ...} answer. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = body?.error ?? (status === 0 ? 'network' : 'unexpected');
    this.body = body ?? {};
  }
}

async function request(method, path, payload) {
  let response;
  try {
    response = await fetch(path, {
      method,
      cache: 'no-store',
      headers: payload ? { 'content-type': 'application/json' } : {},
      body: payload ? JSON.stringify(payload) : undefined,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    throw new ApiError(0, null);
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // an empty or non-JSON answer: judged by status alone
  }
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export const getState = () => request('GET', '/api/state');
export const getTexts = (lang) => request('GET', `/api/texts/${encodeURIComponent(lang)}`);
export const takeTicket = (service, language) => request('POST', '/api/tickets', { service, language });
export const checkIn = (code, language) => request('POST', '/api/check-ins', { code, language });

/** Nudge outcomes are journaled by the backend; a failure here must never stop the citizen. */
export function sendNudge(service, outcome, language) {
  return request('POST', '/api/nudges', { service, outcome, language }).catch(() => null);
}

export const qrSrc = (data) => `/api/qr?data=${encodeURIComponent(data)}`;
