// Puts one screen (a clone of <template id="tpl-NAME">) into <main>, with its texts, focus and announcement.
import { t } from './texts.js';

const main = () => document.getElementById('screen');

/** Fills data-t (text), data-t-alt and data-t-aria-label from the bundle under root. */
export function applyTexts(root) {
  for (const el of root.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  for (const el of root.querySelectorAll('[data-t-alt]')) el.alt = t(el.dataset.tAlt);
  for (const el of root.querySelectorAll('[data-t-aria-label]')) el.setAttribute('aria-label', t(el.dataset.tAriaLabel));
}

/**
 * Shows screen name; fill(root, slot) adds what depends on data. quiet: a refresh of the same
 * screen (state poll), no focus move and no announcement.
 */
export function show(name, fill = () => {}, { quiet = false } = {}) {
  const fragment = document.getElementById(`tpl-${name}`).content.cloneNode(true);
  const root = fragment.firstElementChild;
  applyTexts(root);
  fill(root, (slot) => root.querySelector(`[data-slot="${slot}"]`));
  main().replaceChildren(root);
  document.body.dataset.screen = name;
  if (!quiet) {
    focusFirst(root);
    announce(root.querySelector('h1')?.textContent ?? '');
  }
  return root;
}

function focusFirst(root) {
  const target = root.querySelector('[data-autofocus]') ?? root.querySelector('h1');
  target?.focus({ preventScroll: true });
}

/** Says text once through the polite live region (cleared first so a repeat is spoken again). */
export function announce(text) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50);
}

/** Small DOM helper: el('p', {class: 'x'}, 'text'). */
export function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v);
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Disables every button of the current screen while a request runs (no double tickets). */
export function busy(on) {
  const root = main();
  root.setAttribute('aria-busy', String(on));
  for (const b of root.querySelectorAll('button')) b.disabled = on;
  document.body.classList.toggle('busy', on);
}
