// Returns to the start after a screen's time limit without a touch or key; warns with a countdown first.
import { t, plural } from './texts.js';

const WARN_SECONDS = 10;
let deadline = null;
let warn = true;
let onTimeout = () => {};
let onTick = () => {};
let seconds = 0;

const dialog = () => document.getElementById('idle-warning');

/** Starts the limit for the current screen. warn: show "Are you still there?"; tick(remaining) each second. */
export function arm(limitSeconds, { timeout, tick = () => {}, warning = true }) {
  seconds = limitSeconds;
  warn = warning;
  onTimeout = timeout;
  onTick = tick;
  deadline = Date.now() + seconds * 1000;
  closeWarning();
  onTick(seconds);
}

export function disarm() {
  deadline = null;
  closeWarning();
}

/** Any touch or key restarts the limit. */
export function poke() {
  if (deadline === null) return;
  deadline = Date.now() + seconds * 1000;
  closeWarning();
  onTick(seconds);
}

export function install() {
  for (const type of ['pointerdown', 'keydown', 'input']) document.addEventListener(type, poke, true);
  document.getElementById('idle-continue').addEventListener('click', poke);
  dialog().addEventListener('cancel', (e) => { e.preventDefault(); poke(); });
  setInterval(tick, 250);
}

function tick() {
  if (deadline === null) return;
  const remaining = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  onTick(remaining);
  if (remaining === 0) {
    const done = onTimeout;
    disarm();
    done();
  } else if (warn && remaining <= WARN_SECONDS) {
    openWarning(remaining);
  }
}

function openWarning(remaining) {
  const d = dialog();
  const text = plural('idle.text', remaining);
  const p = document.getElementById('idle-text');
  if (p.textContent !== text) p.textContent = text;
  if (!d.open) {
    document.getElementById('idle-title').textContent = t('idle.title');
    document.getElementById('idle-continue').textContent = t('idle.continue');
    d.returnFocus = document.activeElement;
    d.showModal();
  }
}

function closeWarning() {
  const d = dialog();
  if (!d?.open) return;
  d.close();
  d.returnFocus?.focus?.({ preventScroll: true });
}
