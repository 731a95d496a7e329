// Shared by the staff console and the admin pages: texts, API v1 calls with the session cookie and
// the CSRF header, the branch event stream, and device alerts. Every text comes from
// /api/v1/public/texts/staff/{lang}.

const CSRF = document.querySelector('meta[name="skranke-csrf"]')?.content || '';
const RETRY_MS = 5000;
const texts = {};

export const ui = { lang: 'da' };
export const byId = (id) => document.getElementById(id);

export function t(key, ...values) {
  let text = (texts[ui.lang] && texts[ui.lang][key]) ?? key;
  values.forEach((value, i) => { text = text.replace(`{${i}}`, String(value)); });
  return text;
}

async function loadTexts(code) {
  if (!texts[code]) {
    const response = await fetch(`/api/v1/public/texts/staff/${code}`);
    if (!response.ok) {
      throw new ApiError(response.status, { error: 'network' });
    }
    texts[code] = await response.json();
  }
}

/** The language from ?lang= (after sign-in), else the last one chosen, else Danish. */
export function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'da' || asked === 'en') {
    localStorage.setItem('skranke.lang', asked);
    return asked;
  }
  return localStorage.getItem('skranke.lang') === 'en' ? 'en' : 'da';
}

export async function useLanguage(code) {
  await loadTexts(code);
  ui.lang = code;
  localStorage.setItem('skranke.lang', code);
  document.documentElement.lang = code;
  document.querySelectorAll('[data-text]').forEach((el) => { el.textContent = t(el.dataset.text); });
  document.querySelectorAll('[data-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.label)); });
  for (const lang of ['da', 'en']) {
    byId(`lang-${lang}`)?.setAttribute('aria-pressed', String(lang === code));
  }
}

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.message ? body.message : `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }
}

/** Calls API v1 as the signed-in user; a 401 (session ended) leads back to the sign-in page. */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['X-Skranke-Csrf'] = CSRF;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, { error: 'network' });
  }
  if (response.status === 401) {
    toLogin();
    throw new ApiError(401, { error: 'unauthorized' });
  }
  if (response.status === 204) {
    return null;
  }
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }
  return data;
}

export function toLogin() {
  location.assign(`/staff/login?lang=${ui.lang}&next=${encodeURIComponent(location.pathname)}`);
}

export async function logout() {
  await fetch('/staff/logout', { method: 'POST', headers: { 'X-Skranke-Csrf': CSRF }, credentials: 'same-origin' })
    .catch(() => {});
  location.assign(`/staff/login?lang=${ui.lang}`);
}

/** The time of day of a time central sent (central writes it in the branch's own offset). */
export function clock(iso) {
  return iso ? iso.substring(11, 19) : '';
}

/** Central's error, in the user's language. */
export function errorText(error) {
  const body = error.body || {};
  switch (body.error) {
    case 'recall-too-soon':
    case 'no-show-too-soon':
      return t(`error.${body.error}`, clock(body.allowedAt));
    case 'too-few-calls':
      return t('error.too-few-calls', body.minCalls, body.calls);
    case 'invalid-transition':
      return t('error.invalid-transition', t(`status.${body.status}`));
    case 'too-early':
      return t('error.too-early', clock(body.opensAt));
    case 'invalid-input':
      return t('error.invalid-input', body.field || '');
    case 'same-service':
    case 'closed':
    case 'unknown-code':
    case 'too-late':
    case 'forbidden':
    case 'csrf':
    case 'unauthorized':
    case 'network':
      return t(`error.${body.error}`);
    default:
      return t('error.generic', body.error || error.status || '?');
  }
}

/**
 * Follows the branch's event stream (the session cookie goes along); handlers by event name.
 * onConnection(true) on every (re)connect, so the page can reload what it shows.
 */
export function follow(branch, handlers, onConnection) {
  let source = null;
  let retry = null;
  const connect = () => {
    source = new EventSource(`/api/v1/branches/${encodeURIComponent(branch)}/events`);
    source.addEventListener('open', () => onConnection(true));
    source.addEventListener('error', () => {
      onConnection(false);
      if (source.readyState === EventSource.CLOSED) { // refused (e.g. signed out): try again later
        clearTimeout(retry);
        retry = setTimeout(connect, RETRY_MS);
      }
    });
    for (const [name, handler] of Object.entries(handlers)) {
      source.addEventListener(name, (event) => handler(JSON.parse(event.data), name));
    }
  };
  connect();
  return () => {
    clearTimeout(retry);
    if (source) {
      source.close();
    }
  };
}

const PRINTER_ALERTS = {
  'paper-out': 'error', 'cover-open': 'error', offline: 'error', 'cutter-error': 'error', 'near-end': 'warning',
};

/** What needs a person's attention: a silent device, a printer that cannot print or soon cannot. */
export function alertsOf(devices) {
  const alerts = [];
  for (const device of [...devices].sort((a, b) => a.id.localeCompare(b.id))) {
    if (device.stale) {
      alerts.push({ device: device.id, kind: 'stale', severity: 'error' });
    }
    if (device.printer && PRINTER_ALERTS[device.printer]) {
      alerts.push({ device: device.id, kind: device.printer, severity: PRINTER_ALERTS[device.printer] });
    }
  }
  return alerts;
}

export function renderAlerts(list, alerts) {
  list.replaceChildren(...alerts.map((alert) => {
    const item = document.createElement('li');
    item.dataset.kind = alert.kind;
    item.dataset.device = alert.device;
    item.dataset.severity = alert.severity;
    item.textContent = t(`alert.${alert.kind}`, alert.device);
    return item;
  }));
}

/** Fills a select with options (value, text), keeping the selection if it is still there. */
export function fillSelect(select, options, selected) {
  const keep = selected ?? select.value;
  select.replaceChildren(...options.map(([value, text]) => {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    return option;
  }));
  if (options.some(([value]) => value === keep)) {
    select.value = keep;
  }
}

export function setConnection(up) {
  byId('connection').hidden = up;
  document.body.dataset.live = String(up);
}
