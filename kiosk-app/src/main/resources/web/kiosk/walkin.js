// Taking a number: services, the self-service nudge, and the ticket (or fallback) screen.
import * as api from './api.js';
import { t, plural, localised, time, language } from './texts.js';
import { el } from './screens.js';
import { channelsLine, displayAddress } from './home.js';

const TICKET_SECONDS = 15;
const FALLBACK_SECONDS = 60;
const THANKS_SECONDS = 8;

export function startWalkIn(app) {
  return app.run(async () => {
    await app.refreshState();
    if (app.state.hours?.walkInsNow === false) app.fail(new api.ApiError(409, { error: 'closed', ...app.state.hours }));
    else showServices(app);
  });
}

function showServices(app) {
  app.go('services', (root, slot) => {
    const services = app.state.services ?? [];
    slot('groups').replaceChildren(...groups(services).map((g, i) => group(app, g, i)));
    if (services.length === 0) slot('groups').append(el('p', { class: 'lead' }, t('services.none')));
    slot('channels').textContent = channelsLine(app.state, 'services.selfService');
    root.querySelector('#back').addEventListener('click', () => app.home());
  });
}

/** Services by category in the order they come; those without a category last, under "Other". */
function groups(services) {
  const byName = new Map();
  for (const s of services) {
    const name = s.category ? localised(s.category) : '';
    if (!byName.has(name)) byName.set(name, []);
    byName.get(name).push(s);
  }
  const named = [...byName].filter(([name]) => name).map(([name, list]) => ({ name, list }));
  const other = byName.get('') ?? [];
  if (other.length) named.push({ name: named.length ? t('common.other') : '', list: other });
  return named;
}

function group(app, { name, list }, index) {
  const section = el('section', { class: 'group' });
  if (name) {
    const id = `group-${index}`;
    section.setAttribute('aria-labelledby', id);
    section.append(el('h2', { id }, name));
  }
  const buttons = el('div', { class: 'service-buttons' });
  for (const s of list) buttons.append(serviceButton(app, s));
  section.append(buttons);
  return section;
}

function serviceButton(app, service) {
  const button = el('button', { type: 'button', class: 'btn btn-service', 'data-service': service.id });
  button.append(el('span', { class: 'btn-label' }, localised(service.name)));
  const queue = queueText(service);
  if (queue) button.append(el('span', { class: 'btn-hint' }, queue));
  button.addEventListener('click', () => chooseService(app, service));
  return button;
}

function queueText({ waiting, estimatedWaitMinutes: min }) {
  if (waiting === null || waiting === undefined) return '';
  const people = plural('services.queue', waiting);
  return waiting > 0 && min !== null && min !== undefined ? `${people} · ${t('services.estimate', { min })}` : people;
}

function chooseService(app, service) {
  if (/^https?:\/\//.test(service.selfServiceUrl ?? '') && localised(service.nudge)) showNudge(app, service);
  else app.run(() => issue(app, service));
}

function showNudge(app, service) {
  let decided = false;
  const abandon = () => { if (!decided) api.sendNudge(service.id, 'abandoned', language()); decided = true; };
  const decide = (outcome, then) => app.run(async () => {
    decided = true;
    await api.sendNudge(service.id, outcome, language());
    await then();
  });
  app.go('nudge', (root, slot) => {
    slot('chosen').textContent = t('nudge.chosen', { service: localised(service.name) });
    root.querySelector('#nudge-text').textContent = localised(service.nudge);
    const qr = root.querySelector('#nudge-qr');
    qr.src = api.qrSrc(service.selfServiceUrl);
    qr.alt = t('nudge.qrAlt', { url: displayAddress(service.selfServiceUrl) });
    slot('url').textContent = displayAddress(service.selfServiceUrl);
    root.querySelector('#nudge-online').addEventListener('click', () => decide('deflected', () => showThanks(app)));
    root.querySelector('#nudge-ticket').addEventListener('click', () => decide('declined', () => issue(app, service)));
    root.querySelector('#back').addEventListener('click', () => { abandon(); showServices(app); });
  }, { onLeave: abandon });
}

function showThanks(app) {
  app.go('thanks', (root) => {
    root.querySelector('#done').addEventListener('click', () => app.reset());
  }, { limit: THANKS_SECONDS, warning: false });
}

async function issue(app, service) {
  const ticket = await api.takeTicket(service.id, language());
  showTicket(app, ticket);
}

/** The printed ticket, or the fallback screen when the printer could not print it. */
export function showTicket(app, ticket) {
  if (ticket.offline && app.state) {
    app.state.online = false;
    app.updateChrome();
  }
  const service = (app.state?.services ?? []).find((s) => s.id === ticket.service);
  if (ticket.printed === false) return showFallback(app, ticket, service);
  let countdown = null;
  app.go('ticket', (root, slot) => {
    const appointment = ticket.kind === 'appointment';
    slot('title').textContent = t(appointment ? 'ticket.titleAppointment' : 'ticket.title');
    setNumber(root.querySelector('#ticket-number'), ticket.number);
    slot('service').textContent = service ? localised(service.name) : '';
    if (appointment && ticket.appointmentStart) {
      slot('appointment').textContent = t('ticket.appointmentAt', { time: time(ticket.appointmentStart) });
      slot('appointment').hidden = false;
    }
    root.querySelector('#ticket-ahead').textContent = plural('ticket.ahead', ticket.waitingAhead ?? 0);
    root.querySelector('#ticket-estimate').textContent = estimateText(ticket.estimatedWaitMinutes);
    slot('channels').textContent = service?.selfServiceUrl
      ? t('ticket.selfService', { channels: displayAddress(service.selfServiceUrl) }) : '';
    countdown = slot('countdown');
    root.querySelector('#done').addEventListener('click', () => app.reset());
  }, {
    limit: TICKET_SECONDS, warning: false,
    tick: (n) => { if (countdown) countdown.textContent = t('ticket.return', { n }); },
  });
}

function setNumber(element, number) {
  element.textContent = number;
  element.style.setProperty('--chars', Math.max(3, String(number).length));
}

function estimateText(min) {
  if (min === null || min === undefined) return t('ticket.estimate.unknown');
  return plural('ticket.estimate', min);
}

function showFallback(app, ticket, service) {
  app.go('fallback', (root, slot) => {
    setNumber(root.querySelector('#fallback-number'), ticket.number);
    slot('service').textContent = service ? localised(service.name) : '';
    if (/^https?:\/\//.test(ticket.statusUrl ?? '')) root.querySelector('#fallback-qr').src = api.qrSrc(ticket.statusUrl);
    else slot('qr').hidden = true;
    root.querySelector('#done').addEventListener('click', () => app.reset());
  }, { limit: FALLBACK_SECONDS });
}
