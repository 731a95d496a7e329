// The report page: choose branch, period and grouping; shows the report of the JSON API and links to
// its CSV parts. Admins see every branch, staff their own (read only, as the report API allows).
import {
  api, byId, errorText, fillSelect, initialLanguage, logout, t, ui, useLanguage,
} from '/staff/assets/common.js';
import { quickPeriod } from './format.js';
import { showReport } from './report-view.js';

const TODAY = document.querySelector('meta[name="skranke-today"]').content;
const SHARE_DELAY_MS = 250;
const state = { session: null, branch: null, report: null, services: new Map(), shareTimer: null, asked: 0 };

/** The service's name in the page's language (its id if central does not know it). */
function serviceName(id) {
  const service = state.services.get(id);
  return service ? (service.name[ui.lang] || service.name.da) : id;
}

function query(format, part) {
  const params = new URLSearchParams({
    from: byId('from').value, to: byId('to').value, groupBy: byId('group-by').value,
    shiftShare: String(Number(byId('shift-share').value) / 100),
  });
  if (format === 'csv') {
    params.set('format', 'csv');
    params.set('part', part);
  }
  return `/api/v1/branches/${encodeURIComponent(state.branch)}/reports?${params}`;
}

function status(text, kind = 'info') {
  const el = byId('report-status');
  el.dataset.kind = kind;
  el.textContent = text;
}

/** Asks central for the report of the form's query; a later question wins over an earlier answer. */
async function load() {
  const asked = ++state.asked;
  document.body.dataset.report = 'loading';
  status(t('reports.loading'));
  try {
    const report = await api('GET', query('json'));
    if (asked !== state.asked) {
      return;
    }
    state.report = report;
    render();
    status('');
    document.body.dataset.report = 'shown';
  } catch (error) {
    if (asked === state.asked) {
      status(errorText(error), 'error');
      document.body.dataset.report = 'failed';
    }
  }
}

function render() {
  if (!state.report) {
    return;
  }
  byId('report').hidden = false;
  showReport(state.report, serviceName);
  document.querySelectorAll('#csv-links a').forEach((a) => {
    a.href = query('csv', a.dataset.part);
  });
}

async function openBranch(id) {
  state.branch = id;
  localStorage.setItem('skranke.branch', id);
  const branch = await api('GET', `/api/v1/branches/${encodeURIComponent(id)}`);
  state.services = new Map(branch.services.map((s) => [s.id, s]));
  await load();
}

function pick(kind) {
  const period = quickPeriod(kind, TODAY);
  byId('from').value = period.from;
  byId('to').value = period.to;
  load();
}

/** The slider and the number field show the same share; the cost is asked again once it rests. */
function shareChanged(source) {
  const value = Math.min(100, Math.max(0, Math.round(Number(source.value) || 0)));
  byId('shift-share').value = String(value);
  byId('shift-share-range').value = String(value);
  clearTimeout(state.shareTimer);
  state.shareTimer = setTimeout(load, SHARE_DELAY_MS);
}

async function changeLanguage(code) {
  await useLanguage(code);
  byId('who').textContent = t('who.signedIn', state.session.username);
  render();
}

function wire() {
  byId('query').addEventListener('submit', (e) => {
    e.preventDefault();
    load();
  });
  byId('quick-week').addEventListener('click', () => pick('week'));
  byId('quick-month').addEventListener('click', () => pick('month'));
  byId('quick-quarter').addEventListener('click', () => pick('quarter'));
  byId('group-by').addEventListener('change', load);
  byId('branch').addEventListener('change', (e) => openBranch(e.target.value).catch(showError));
  byId('shift-share-range').addEventListener('input', (e) => shareChanged(e.target));
  byId('shift-share').addEventListener('change', (e) => shareChanged(e.target));
  byId('lang-da').addEventListener('click', () => changeLanguage('da'));
  byId('lang-en').addEventListener('click', () => changeLanguage('en'));
  byId('logout').addEventListener('click', logout);
}

function showError(error) {
  status(errorText(error), 'error');
}

async function main() {
  await useLanguage(initialLanguage());
  state.session = await api('GET', '/staff/session');
  byId('who').textContent = t('who.signedIn', state.session.username);
  document.querySelectorAll('[data-admin]').forEach((el) => { el.hidden = state.session.role !== 'admin'; });
  const { branches } = state.session;
  const stored = localStorage.getItem('skranke.branch');
  const branch = branches.some((b) => b.id === stored) ? stored : branches[0].id;
  fillSelect(byId('branch'), branches.map((b) => [b.id, b.name]), branch);
  const period = quickPeriod('month', TODAY);
  byId('from').value = period.from;
  byId('to').value = period.to;
  wire();
  document.body.dataset.state = 'ready';
  await openBranch(branch);
}

main().catch((error) => {
  document.body.dataset.state = 'failed';
  showError(error);
});
