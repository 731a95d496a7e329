// Draws the room (the JSON of /api/room) into the page; only textContent, never HTML from data.
import { fillBilingual } from './texts.js';

// Times in the branch's zone (the room's `zone`), never the zone of the machine the browser runs on.
let time = timeFormat('Europe/Copenhagen');

/** hh.mm in Danish, in this zone. */
export function timeFormat(zone) {
  return new Intl.DateTimeFormat('da-DK', { timeZone: zone, hour: '2-digit', minute: '2-digit' });
}

/** The branch's zone, from the room. */
export function setZone(zone) {
  if (zone) time = timeFormat(zone);
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function clockText(iso) {
  return iso ? time.format(new Date(iso)) : '';
}

/** The calls now, newest first; returns the item of the newest call. */
export function renderNowServing(list, empty, serving) {
  list.replaceChildren();
  const section = list.closest('.now');
  section.dataset.count = String(serving.length);
  section.classList.toggle('many', serving.length > 5);
  for (const call of serving) {
    const item = el('li', 'call');
    item.dataset.number = call.number;
    item.dataset.desk = call.desk;
    item.dataset.key = call.key;
    item.append(el('span', 'number', call.number));
    item.append(el('span', 'arrow', '→'));
    item.append(el('span', 'desk', call.deskName));
    list.append(item);
  }
  empty.hidden = serving.length > 0;
  return list.firstElementChild;
}

export function renderHistory(list, empty, history) {
  list.replaceChildren();
  for (const call of history) {
    const item = el('li', 'past');
    item.dataset.number = call.number;
    item.dataset.desk = call.desk;
    item.append(el('span', 'number', call.number));
    item.append(el('span', 'desk', call.deskName));
    const when = el('time', 'when', clockText(call.calledAt));
    if (call.calledAt) when.dateTime = call.calledAt;
    item.append(when);
    list.append(item);
  }
  empty.hidden = history.length > 0;
}

export function renderWaiting(list, waiting, peopleWord) {
  list.replaceChildren();
  for (const service of waiting) {
    const item = el('li', 'service');
    item.dataset.service = service.service;
    const name = el('span', 'name');
    fillBilingual(name, service.name.da, service.name.en);
    const count = el('span', 'count', String(service.waiting));
    count.append(el('span', 'visually-hidden', ` ${peopleWord}`));
    item.append(name, count);
    list.append(item);
  }
}

export function renderInfo(node, line) {
  if (!line) {
    node.replaceChildren();
    return;
  }
  fillBilingual(node, line.da, line.en);
}
