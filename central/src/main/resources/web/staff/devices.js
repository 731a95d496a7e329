// The admin device page: every kiosk and display of the branch with its health, and alerts, live.
import {
  alertsOf, api, byId, errorText, fillSelect, follow, initialLanguage, logout, renderAlerts, setConnection, t,
  useLanguage,
} from './common.js';

const state = { session: null, branch: null, devices: new Map() };
let stopEvents = null;

function seen(iso) {
  return iso ? `${iso.substring(0, 10)} ${iso.substring(11, 19)}` : '';
}

function render() {
  const devices = [...state.devices.values()].sort((a, b) => a.id.localeCompare(b.id));
  byId('device-rows').replaceChildren(...devices.map(row));
  byId('no-devices').hidden = devices.length > 0;
  const alerts = alertsOf(devices);
  renderAlerts(byId('alert-list'), alerts);
  byId('no-alerts').hidden = alerts.length > 0;
  document.body.dataset.alerts = String(alerts.length);
}

function row(device) {
  const tr = document.createElement('tr');
  tr.dataset.device = device.id;
  const name = document.createElement('th');
  name.scope = 'row';
  name.textContent = device.id;
  const printer = device.printer ? t(`printer.${device.printer}`) : t('printer.none');
  tr.append(name, cell('role', t(`role.${device.role}`)), cell('last-seen', seen(device.lastSeen)),
    cell('version', device.version || '–'), cell('printer', printer), cell('state',
      t(device.stale ? 'state.stale' : 'state.ok')));
  tr.querySelector('.printer').dataset.fault = String(!!device.printer && !['ok', 'unknown'].includes(device.printer));
  tr.querySelector('.state').dataset.stale = String(device.stale);
  return tr;
}

function cell(kind, text) {
  const td = document.createElement('td');
  td.className = kind;
  td.textContent = text;
  return td;
}

async function load() {
  const devices = await api('GET', `/api/v1/branches/${encodeURIComponent(state.branch)}/devices`);
  state.devices = new Map(devices.map((d) => [d.id, d]));
  render();
}

async function openBranch(id) {
  state.branch = id;
  localStorage.setItem('skranke.branch', id);
  if (stopEvents) {
    stopEvents();
  }
  stopEvents = follow(id, {
    'device.changed': (data) => { state.devices.set(data.device.id, data.device); render(); },
  }, (up) => {
    setConnection(up);
    if (up) {
      load().catch(showError);
    }
  });
  await load();
}

function showError(error) {
  const list = byId('alert-list');
  const item = document.createElement('li');
  item.textContent = errorText(error);
  list.append(item);
}

async function changeLanguage(code) {
  await useLanguage(code);
  byId('who').textContent = t('who.signedIn', state.session.username);
  render();
}

async function main() {
  await useLanguage(initialLanguage());
  state.session = await api('GET', '/staff/session');
  byId('who').textContent = t('who.signedIn', state.session.username);
  byId('branch-field').hidden = state.session.branches.length < 2;
  const stored = localStorage.getItem('skranke.branch');
  const branch = state.session.branches.some((b) => b.id === stored) ? stored : state.session.branches[0].id;
  fillSelect(byId('branch'), state.session.branches.map((b) => [b.id, b.name]), branch);
  byId('branch').addEventListener('change', (e) => openBranch(e.target.value).catch(showError));
  byId('lang-da').addEventListener('click', () => changeLanguage('da'));
  byId('lang-en').addEventListener('click', () => changeLanguage('en'));
  byId('logout').addEventListener('click', logout);
  await openBranch(branch);
  document.body.dataset.state = 'ready';
}

main().catch((error) => {
  document.body.dataset.state = 'failed';
  showError(error);
});
