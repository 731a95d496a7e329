// Check-in for a booked appointment: code field (also fed by a USB scanner), on-screen keypad, errors.
import * as api from './api.js';
import { t, time, language } from './texts.js';
import { el } from './screens.js';
import { showTicket } from './walkin.js';
import { isHome } from './home.js';

// Skranke's own codes use ACDEFGHJKMNPQRTUVWXY34679 (BookingCodes), but a booking system may bring
// its own codes with any of A-Z and 0-9, so the keypad offers them all.
const KEYS = '1234567890ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MAX_LENGTH = 16;
const ERRORS = ['too-early', 'too-late', 'unknown-code', 'invalid-input', 'offline'];

/** Upper case without spaces and dashes, as BookingCodes.normalise does. */
const normalise = (typed) => typed.replace(/[\s-]/g, '').toUpperCase().slice(0, MAX_LENGTH);

/** code: typed or scanned on another screen; submit: check in with it straight away. */
export function startCheckIn(app, code = '', submitNow = Boolean(code)) {
  let value = normalise(code ?? '');
  app.go('checkin', (root, slot) => {
    const input = root.querySelector('#code-input');
    input.value = value;
    input.dataset.autofocus = '';
    input.addEventListener('input', () => { value = input.value = normalise(input.value); });
    keypad(slot('keypad'), input, (v) => { value = v; });
    slot('form').addEventListener('submit', (e) => { e.preventDefault(); submit(app, input.value); });
    root.querySelector('#back').addEventListener('click', () => app.home());
    // A scanner types into whatever has focus: keep it on the field whatever the citizen touched.
    root.addEventListener('focusout', () => setTimeout(() => {
      if (document.body.dataset.screen === 'checkin' && !document.activeElement?.closest('#screen, dialog')) {
        input.focus({ preventScroll: true });
      }
    }));
  });
  if (submitNow && value) submit(app, value);
}

function keypad(container, input, changed) {
  const del = container.querySelector('#key-delete');
  for (const key of KEYS) {
    const button = el('button', { type: 'button', class: 'key', 'data-key': key }, key);
    button.addEventListener('click', () => type(input, input.value + key, changed));
    container.insertBefore(button, del);
  }
  del.addEventListener('click', () => type(input, input.value.slice(0, -1), changed));
  // Taps must not move focus away from the field (the scanner types there).
  container.addEventListener('pointerdown', (e) => e.preventDefault());
}

function type(input, value, changed) {
  input.value = normalise(value);
  changed(input.value);
  input.focus({ preventScroll: true });
}

function submit(app, typed) {
  const code = normalise(typed);
  if (!code) return;
  app.run(async () => {
    try {
      showTicket(app, await api.checkIn(code, language()));
    } catch (error) {
      if (error instanceof api.ApiError && ERRORS.includes(error.code)) showError(app, error.code, error.body, code);
      else throw error;
    }
  });
}

function showError(app, code, body, typed) {
  app.go('checkin-error', (root, slot) => {
    slot('title').textContent = t(`checkinError.${code}.title`);
    const message = root.querySelector('#checkin-message');
    message.dataset.error = code;
    message.textContent = t(`checkinError.${code}.text`, {
      start: body.start ? time(body.start) : '',
      opens: body.opensAt ? time(body.opensAt) : '',
    });
    const buttons = [];
    if (['unknown-code', 'invalid-input'].includes(code)) {
      buttons.push(button('checkin-retry', 'checkinError.retry', 'btn-primary', () => startCheckIn(app, typed, false)));
    }
    if (['too-late', 'unknown-code', 'offline'].includes(code) && app.state?.hours?.walkInsNow !== false) {
      buttons.push(button('checkin-take-ticket', 'checkinError.takeTicket', buttons.length ? 'btn-secondary' : 'btn-primary', () => app.takeTicket()));
    }
    buttons.push(button('home', 'common.home', buttons.length ? 'btn-secondary' : 'btn-primary', () => app.home()));
    if (code === 'too-early') {
      buttons.push(button('checkin-retry', 'checkinError.retry', 'btn-secondary', () => startCheckIn(app, typed, false)));
    }
    slot('buttons').replaceChildren(...buttons);
  });
}

function button(id, key, kind, action) {
  const b = el('button', { type: 'button', id, class: `btn ${kind}` }, t(key));
  b.addEventListener('click', action);
  return b;
}

/**
 * A scanned booking code on the start or closed screen checks in straight away: the scanner types
 * fast and ends with Enter, no field has focus there.
 */
export function installScanner(app) {
  let buffer = '';
  let last = 0;
  document.addEventListener('keydown', (e) => {
    if (!isHome(app.current?.name) || app.running || e.target.closest?.('input')) return;
    const now = Date.now();
    if (now - last > 300) buffer = '';
    last = now;
    if (e.key === 'Enter' && buffer.length >= 4) {
      e.preventDefault();
      const code = buffer;
      buffer = '';
      startCheckIn(app, code);
    } else if (/^[a-z0-9-]$/i.test(e.key)) {
      buffer += e.key;
    }
  });
}
