// The staff console: choose branch and desk, call and serve citizens, see the queue live.
// Uses API v1 with the session cookie; the branch's event stream keeps it up to date.
import {
  alertsOf, api, byId, errorText, fillSelect, follow, initialLanguage, logout, renderAlerts, setConnection, t,
  ui, useLanguage, clock,
} from './common.js';

const OUTCOMES = ['could-have-been-digital', 'helped-to-self-service', 'needs-follow-up', 'referred-elsewhere'];
const SHORTCUTS = { n: 'next', r: 'recall', s: 'start', f: 'finish', u: 'no-show', p: 'pause' };
const state = {
  session: null, branch: null, info: null, desk: null, queue: null, waiting: null, devices: new Map(),
};
let stopEvents = null;
let refreshTimer = null;
let busy = false;
/** The message under the ticket, kept as a function so a language switch translates it too. */
let message = { kind: 'info', text: () => '', code: '' };

const serviceName = (id) => {
  const service = state.info && state.info.services.find((s) => s.id === id);
  return service ? service.name[ui.lang] : id;
};
const deskView = () => state.queue && state.queue.desks.find((d) => d.id === state.desk);
const current = () => (deskView() ? deskView().current : null);

function say(kind, text, code) {
  message = { kind, text, code: code || '' };
  renderMessage();
}

function renderMessage() {
  const element = byId('message');
  element.dataset.kind = message.kind;
  element.dataset.error = message.code;
  element.textContent = message.text();
}

function showError(error) {
  say('error', () => errorText(error), (error.body && error.body.error) || 'unknown');
}

async function refresh() {
  const base = `/api/v1/branches/${encodeURIComponent(state.branch)}`;
  const [queue, waiting] = await Promise.all([api('GET', `${base}/queue`), api('GET', `${base}/waiting`)]);
  state.queue = queue;
  state.waiting = waiting;
  render();
}

function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => refresh().catch(showError), 150);
}

function render() {
  if (!state.info || !state.queue) {
    return;
  }
  renderDesk();
  renderQueue();
  renderDeviceAlerts();
}

function renderDesk() {
  const desk = deskView();
  const ticket = current();
  byId('desk-name').textContent = desk ? desk.name : '';
  const badge = byId('desk-state');
  badge.dataset.open = String(!desk || desk.open);
  badge.textContent = desk && !desk.open ? t('desk.paused') : t('desk.open');
  document.body.dataset.deskOpen = String(!desk || desk.open);
  byId('pause-label').textContent = desk && !desk.open ? t('action.open') : t('action.pause');
  const number = byId('current-number');
  number.dataset.status = ticket ? ticket.status : 'none';
  number.textContent = ticket ? ticket.number : t('current.none');
  byId('current-detail').textContent = ticket ? [serviceName(ticket.service), t(`current.status.${ticket.status}`),
    ticket.callCount === 1 ? t('current.calls.one') : t('current.calls.many', ticket.callCount)].join(' · ') : '';
  const status = ticket ? ticket.status : 'none';
  byId('recall').disabled = status !== 'called';
  byId('start').disabled = status !== 'called';
  byId('no-show').disabled = status !== 'called';
  byId('finish').disabled = status !== 'called' && status !== 'serving';
  byId('transfer').disabled = !ticket;
  const services = state.info.services.map((s) => [s.id, s.name[ui.lang]]);
  fillSelect(byId('transfer-service'), services.filter(([id]) => !ticket || id !== ticket.service));
}

function renderQueue() {
  const counts = new Map(state.queue.services.map((s) => [s.service, s]));
  const waiting = new Map((state.waiting ? state.waiting.services : []).map((s) => [s.service, s.tickets]));
  byId('queue-body').replaceChildren(...state.info.services.map((service) => {
    const row = document.createElement('tr');
    row.dataset.service = service.id;
    const entry = counts.get(service.id) || { waiting: 0, estimatedWaitMinutes: 0 };
    const numbers = (waiting.get(service.id) || []).map((ticket) => (ticket.kind === 'appointment'
      ? t('queue.appointment', ticket.number, clock(ticket.appointmentStart).substring(0, 5)) : ticket.number));
    const header = document.createElement('th');
    header.scope = 'row';
    header.textContent = service.name[ui.lang];
    row.append(header, cell('count', String(entry.waiting)), cell('estimate', t('queue.minutes',
      entry.estimatedWaitMinutes)), cell('numbers', numbers.length ? numbers.join(' ') : t('queue.empty')));
    return row;
  }));
}

function cell(kind, text) {
  const td = document.createElement('td');
  td.className = kind;
  td.textContent = text;
  return td;
}

function renderDeviceAlerts() {
  const alerts = alertsOf(state.devices.values());
  byId('alerts').hidden = alerts.length === 0;
  renderAlerts(byId('alert-list'), alerts);
}

/** Waiting counts arrive in every ticket and desk event: show them at once, then reload the rest. */
function onQueueEvent(data) {
  if (data.waiting && state.queue) {
    state.queue.services.forEach((s) => { if (s.service in data.waiting) { s.waiting = data.waiting[s.service]; } });
    renderQueue();
  }
  scheduleRefresh();
}

async function act(action) {
  if (busy) {
    return;
  }
  busy = true;
  try {
    await perform(action);
    await refresh();
  } catch (error) {
    showError(error);
  } finally {
    busy = false;
  }
}

async function perform(action) {
  const branch = encodeURIComponent(state.branch);
  const desk = encodeURIComponent(state.desk);
  const ticket = current();
  const path = (command) => `/api/v1/tickets/${encodeURIComponent(ticket.id)}/${command}`;
  if (action === 'next') {
    const called = await api('POST', `/api/v1/branches/${branch}/desks/${desk}/next`, {});
    say('info', () => (called ? t('done.next', called.number) : t('done.nobody')));
  } else if (action === 'pause') {
    const open = deskView() && !deskView().open;
    await api('POST', `/api/v1/branches/${branch}/desks/${desk}/${open ? 'open' : 'pause'}`);
    say('info', () => t(open ? 'done.open' : 'done.pause'));
  } else if (ticket && action === 'finish') {
    const outcomes = OUTCOMES.filter((o) => byId(`outcome-${o}`).checked);
    await api('POST', path('finish'), { outcomes });
    OUTCOMES.forEach((o) => { byId(`outcome-${o}`).checked = false; });
    say('info', () => t('done.finish', ticket.number));
  } else if (ticket && action === 'transfer') {
    const service = byId('transfer-service').value;
    await api('POST', path('transfer'), { service });
    say('info', () => t('done.transfer', ticket.number, serviceName(service)));
  } else if (ticket) {
    const command = { recall: 'recall', start: 'start', 'no-show': 'no-show' }[action];
    await api('POST', path(command));
    const done = { recall: 'done.recall', start: 'done.start', 'no-show': 'done.noShow' }[action];
    say('info', () => t(done, ticket.number));
  }
}

async function issue(event) {
  event.preventDefault();
  const service = byId('issue-service').value;
  try {
    const ticket = await api('POST', `/api/v1/branches/${encodeURIComponent(state.branch)}/tickets`,
      { service, language: ui.lang });
    say('info', () => t('done.issue', ticket.number, serviceName(service)));
  } catch (error) {
    showError(error);
  }
}

async function checkIn(event) {
  event.preventDefault();
  try {
    const ticket = await api('POST', `/api/v1/branches/${encodeURIComponent(state.branch)}/check-ins`,
      { code: byId('check-in-code').value, language: ui.lang });
    byId('check-in-code').value = '';
    say('info', () => t('done.checkIn', ticket.number));
  } catch (error) {
    showError(error);
  }
}

function onKey(event) {
  if (!byId('shortcuts-on').checked || event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
    return;
  }
  const target = event.target;
  if (target.tagName === 'SELECT' || target.tagName === 'TEXTAREA'
    || (target.tagName === 'INPUT' && target.type !== 'checkbox')) {
    return;
  }
  const id = SHORTCUTS[event.key.toLowerCase()];
  if (id) {
    event.preventDefault();
    if (!byId(id).disabled) {
      byId(id).click();
    }
  }
}

async function openBranch(id) {
  state.branch = id;
  localStorage.setItem('skranke.branch', id);
  state.info = await api('GET', `/api/v1/branches/${encodeURIComponent(id)}`);
  const stored = localStorage.getItem(`skranke.desk.${id}`);
  state.desk = state.info.desks.some((d) => d.id === stored) ? stored : state.info.desks[0].id;
  fillTexts();
  if (stopEvents) {
    stopEvents();
  }
  const handlers = { 'device.changed': (data) => { state.devices.set(data.device.id, data.device); renderDeviceAlerts(); } };
  for (const name of ['ticket.issued', 'ticket.called', 'ticket.recalled', 'ticket.started', 'ticket.finished',
    'ticket.no-show', 'ticket.transferred', 'ticket.cancelled', 'desk.changed']) {
    handlers[name] = onQueueEvent;
  }
  stopEvents = follow(id, handlers, (up) => {
    setConnection(up);
    if (up) {
      refresh().catch(showError);
      loadDevices().catch(() => {});
    }
  });
  await Promise.all([refresh(), loadDevices()]);
}

async function loadDevices() {
  const devices = await api('GET', `/api/v1/branches/${encodeURIComponent(state.branch)}/devices`);
  state.devices = new Map(devices.map((d) => [d.id, d]));
  renderDeviceAlerts();
}

/** Texts that depend on data: options, outcomes, who is signed in. */
function fillTexts() {
  byId('who').textContent = t('who.signedIn', state.session.username);
  fillSelect(byId('branch'), state.session.branches.map((b) => [b.id, b.name]), state.branch);
  if (state.info) {
    fillSelect(byId('desk'), state.info.desks.map((d) => [d.id, d.name]), state.desk);
    fillSelect(byId('issue-service'), state.info.services.map((s) => [s.id, s.name[ui.lang]]));
  }
  byId('outcome-list').replaceChildren(...OUTCOMES.map((outcome) => {
    const existing = byId(`outcome-${outcome}`);
    const row = document.createElement('p');
    row.className = 'check';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `outcome-${outcome}`;
    box.value = outcome;
    box.checked = existing ? existing.checked : false;
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = t(`outcome.${outcome}`);
    row.append(box, ' ', label);
    return row;
  }));
}

async function changeLanguage(code) {
  await useLanguage(code);
  fillTexts();
  render();
  renderMessage();
}

function wire() {
  byId('branch').addEventListener('change', (e) => openBranch(e.target.value).catch(showError));
  byId('desk').addEventListener('change', (e) => {
    state.desk = e.target.value;
    localStorage.setItem(`skranke.desk.${state.branch}`, state.desk);
    say('info', () => '');
    render();
  });
  for (const id of ['next', 'recall', 'start', 'finish', 'no-show', 'pause', 'transfer']) {
    byId(id).addEventListener('click', () => act(id));
  }
  byId('issue-form').addEventListener('submit', issue);
  byId('check-in-form').addEventListener('submit', checkIn);
  byId('shortcuts-on').checked = localStorage.getItem('skranke.shortcuts') !== 'off';
  byId('shortcuts-on').addEventListener('change', (e) => {
    localStorage.setItem('skranke.shortcuts', e.target.checked ? 'on' : 'off');
  });
  document.addEventListener('keydown', onKey);
  byId('lang-da').addEventListener('click', () => changeLanguage('da'));
  byId('lang-en').addEventListener('click', () => changeLanguage('en'));
  byId('logout').addEventListener('click', logout);
}

async function main() {
  await useLanguage(initialLanguage());
  state.session = await api('GET', '/staff/session');
  byId('admin-link').hidden = state.session.role !== 'admin';
  byId('what-if-link').hidden = state.session.role !== 'admin';
  byId('branch-field').hidden = state.session.branches.length < 2;
  wire();
  const stored = localStorage.getItem('skranke.branch');
  const branch = state.session.branches.some((b) => b.id === stored) ? stored : state.session.branches[0].id;
  await openBranch(branch);
  document.body.dataset.state = 'ready';
}

main().catch((error) => {
  document.body.dataset.state = 'failed';
  showError(error);
});
