// Numbers, dates and periods as the report and what-if pages show them, in the page's language.
// Every date is a branch-local date (Europe/Copenhagen): central sends and takes plain YYYY-MM-DD.
import { t, ui } from '/staff/assets/common.js';

export const ZONE = 'Europe/Copenhagen';
const LOCALES = { da: 'da-DK', en: 'en-GB' };

function locale() {
  return LOCALES[ui.lang] || LOCALES.da;
}

/** A number with at most `digits` decimals (at least `least`); '–' for null (a figure that does not apply). */
export function number(value, digits = 0, least = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '–';
  }
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: least })
    .format(value);
}

export function minutes(value) {
  return value === null || value === undefined ? '–' : t('unit.minutes', number(value, 1));
}

export function hours(value) {
  return value === null || value === undefined ? '–' : t('unit.hours', number(value, 1));
}

/** A share 0..1 as a percentage with one decimal. */
export function percent(value) {
  return value === null || value === undefined ? '–' : t('unit.percent', number(value * 100, 1));
}

export function kroner(value) {
  return value === null || value === undefined ? '–' : t('unit.kroner', number(value, 2, 2));
}

/** A local date (YYYY-MM-DD) as the reader writes it, e.g. "1. jul. 2026" or "1 Jul 2026". */
export function date(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

/** A slice key of byPeriod (2026-07-01, 2026-W27, 2026-07) as the reader writes it. */
export function periodKey(key) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) {
    return date(key);
  }
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (week) {
    return t('period.week', Number(week[2]), week[1]);
  }
  const [y, m] = key.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, 1)));
}

export function hour(h) {
  return `${String(h).padStart(2, '0')}:00`;
}

// ---- local dates: plain calendar arithmetic on YYYY-MM-DD, no time zone involved ----

function toUtc(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function toIso(utc) {
  return utc.toISOString().substring(0, 10);
}

export function addDays(iso, days) {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/**
 * The quick picks, relative to the branch's today: the last whole ISO week (Monday to Sunday), the last
 * calendar month and the last calendar quarter.
 */
export function quickPeriod(kind, today) {
  const d = toUtc(today);
  if (kind === 'week') {
    const sinceMonday = (d.getUTCDay() + 6) % 7;
    const lastMonday = addDays(today, -sinceMonday - 7);
    return { from: lastMonday, to: addDays(lastMonday, 6) };
  }
  const months = kind === 'quarter' ? 3 : 1;
  const firstOfThis = kind === 'quarter' ? Math.floor(d.getUTCMonth() / 3) * 3 : d.getUTCMonth();
  const from = new Date(Date.UTC(d.getUTCFullYear(), firstOfThis - months, 1));
  const to = new Date(Date.UTC(d.getUTCFullYear(), firstOfThis, 0));
  return { from: toIso(from), to: toIso(to) };
}
