// UI texts from the language bundles, plural choice and times in the branch's zone (the state's `zone`),
// never the zone of the machine the browser runs on.
const LOCALES = { da: 'da-DK', en: 'en-GB' };
const bundles = {};
let current = 'da';
let ZONE = 'Europe/Copenhagen';

/** The branch's time zone, from the kiosk state (kiosk.yaml `zone`). */
export function setZone(zone) { if (zone) ZONE = zone; }

export function addBundle(lang, texts) { bundles[lang] = texts; }
export function hasBundle(lang) { return Boolean(bundles[lang]); }
export function language() { return current; }
export function setLanguage(lang) { if (bundles[lang]) current = lang; }

/** The text of key in the current language, with {name} replaced from params. */
export function t(key, params = {}) {
  const text = bundles[current]?.[key] ?? bundles.da?.[key];
  if (text === undefined) {
    console.warn('missing text', key);
    return '';
  }
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in params ? String(params[name]) : all));
}

/** key.zero / key.one / key.other by n (zero and one fall back to other). */
export function plural(key, n, params = {}) {
  const texts = bundles[current] ?? {};
  const form = n === 0 && `${key}.zero` in texts ? 'zero' : n === 1 && `${key}.one` in texts ? 'one' : 'other';
  return t(`${key}.${form}`, { n, ...params });
}

/** A {da, en} object from the state in the current language. */
export function localised(names) {
  if (!names) return '';
  if (typeof names === 'string') return names;
  return names[current] ?? names.da ?? Object.values(names)[0] ?? '';
}

export function list(items) {
  return new Intl.ListFormat(LOCALES[current], { type: 'conjunction' }).format(items);
}

/** 10.00 in Danish, 10:00 in English. */
export function time(iso) {
  return new Intl.DateTimeFormat(LOCALES[current], { timeZone: ZONE, hour: '2-digit', minute: '2-digit' })
    .format(new Date(iso));
}

/** "i dag kl. 10.00", "i morgen kl. 10.00" or "tirsdag 24. november kl. 10.00". */
export function when(iso, now = new Date()) {
  const at = new Date(iso);
  const days = dayNumber(at) - dayNumber(now);
  if (days === 0) return t('time.today', { time: time(iso) });
  if (days === 1) return t('time.tomorrow', { time: time(iso) });
  const parts = {};
  const format = new Intl.DateTimeFormat(LOCALES[current], { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long' });
  for (const p of format.formatToParts(at)) parts[p.type] = p.value;
  return t('time.date', { weekday: parts.weekday, day: parts.day, month: parts.month, time: time(iso) });
}

function dayNumber(date) {
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(date);
  return Date.UTC(...ymd.split('-').map((v, i) => Number(v) - (i === 1 ? 1 : 0))) / 86400000;
}
