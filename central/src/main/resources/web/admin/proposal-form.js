// One proposal of the what-if form (opening hours per weekday, desks, appointment share), and the
// proposal object POST /api/v1/branches/{b}/what-if expects:
// {name, hours: {weekly: {monday: ["10:00-14:00"], ...}}, desks: 3 | {default, hours: [{days, from, to, desks}]},
//  appointmentShare}.
import { t } from '/staff/assets/common.js';
import { ZONE } from './format.js';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The two proposals the page starts with (the example of the product: fewer days vs shorter days). */
export const DEFAULTS = {
  a: { name: 'whatIf.defaultName.a', open: ['monday', 'tuesday', 'thursday'], from: '10:00', to: '14:00', desks: 3,
    share: 20 },
  b: { name: 'whatIf.defaultName.b', open: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '10:00',
    to: '13:00', desks: 3, share: 20 },
};

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  node.append(...children);
  return node;
}

/** A label or header whose text follows the language (common.js fills every [data-text]). */
function text(tag, key, attributes = {}) {
  const node = el(tag, { ...attributes, 'data-text': key });
  node.textContent = t(key);
  return node;
}

function field(id, key, input) {
  return el('div', { class: 'field' }, text('label', key, { for: id }), input);
}

/** Fills the fieldset of proposal `p` ('a' or 'b'): every input's id starts with `p-`. */
export function buildProposal(fieldset, p) {
  const d = DEFAULTS[p];
  const rows = WEEKDAYS.map((day) => {
    const open = d.open.includes(day);
    const name = text('th', `weekday.${day}`, { scope: 'row', id: `${p}-${day}-name` });
    const cell = (input) => el('td', {}, input);
    const labelled = (column) => `${p}-${day}-name ${p}-col-${column}`;
    return el('tr', { 'data-day': day }, name,
      cell(el('input', { type: 'checkbox', id: `${p}-${day}-open`, 'aria-labelledby': labelled('open'),
        ...(open ? { checked: '' } : {}) })),
      cell(el('input', { type: 'time', id: `${p}-${day}-from`, value: d.from, step: '900',
        'aria-labelledby': labelled('from') })),
      cell(el('input', { type: 'time', id: `${p}-${day}-to`, value: d.to, step: '900',
        'aria-labelledby': labelled('to') })),
      cell(el('input', { type: 'number', id: `${p}-${day}-desks`, min: '0', max: '500', step: '1',
        class: 'small', 'aria-labelledby': labelled('desks') })));
  });
  const head = el('tr', {}, text('th', 'whatIf.weekday', { scope: 'col' }),
    ...['open', 'from', 'to', 'desks'].map((c) => text('th', `whatIf.col.${c}`, { scope: 'col', id: `${p}-col-${c}` })));
  const name = el('input', { type: 'text', id: `${p}-name`, maxlength: '80', value: t(d.name), required: '' });
  fieldset.replaceChildren(
    text('legend', `whatIf.proposal.${p}`),
    field(`${p}-name`, 'whatIf.name', name),
    el('table', { class: 'hours' }, text('caption', 'whatIf.hours'), el('thead', {}, head), el('tbody', {}, ...rows)),
    el('p', { class: 'hint' }, text('span', 'whatIf.desksHint')),
    el('div', { class: 'fields' },
      field(`${p}-desks`, 'whatIf.desks', el('input', { type: 'number', id: `${p}-desks`, min: '0', max: '500',
        step: '1', value: String(d.desks) })),
      field(`${p}-share`, 'whatIf.share', el('input', { type: 'number', id: `${p}-share`, min: '0', max: '100',
        step: '1', value: String(d.share) }))),
  );
}

const value = (id) => document.getElementById(id).value;

/** The proposal as the API takes it, read from the form. */
export function readProposal(p) {
  const weekly = {};
  const spans = [];
  for (const day of WEEKDAYS) {
    if (document.getElementById(`${p}-${day}-open`).checked) {
      weekly[day] = [`${value(`${p}-${day}-from`)}-${value(`${p}-${day}-to`)}`];
    }
    const desks = value(`${p}-${day}-desks`);
    if (desks !== '') {
      spans.push({ days: [day], from: 0, to: 24, desks: Number(desks) });
    }
  }
  const standard = Number(value(`${p}-desks`));
  return {
    name: value(`${p}-name`).trim(),
    hours: { zone: ZONE, weekly },
    desks: spans.length === 0 ? standard : { default: standard, hours: spans },
    appointmentShare: Number(value(`${p}-share`)) / 100,
  };
}
