// The what-if page: two opening-hour proposals side by side, run as a job on central
// (POST /api/v1/branches/{b}/what-if), its progress polled every 300 ms (GET /api/v1/what-if/{job}),
// cancel (DELETE), then the comparison table and a chart of the walk-ins' wait by hour.
import {
  api, byId, errorText, fillSelect, initialLanguage, logout, t, useLanguage,
} from '/staff/assets/common.js';
import { draw, lineSeries, table } from './charts.js';
import {
  hour, hours, minutes, number, percent, quickPeriod,
} from './format.js';
import { WEEKDAYS, buildProposal, readProposal } from './proposal-form.js';

const TODAY = document.querySelector('meta[name="skranke-today"]').content;
const POLL_MS = 300;
const ACTIVE = ['queued', 'running'];
const state = { session: null, branch: null, services: [], job: null, timer: null, result: null };

/** A message; central's own explanation (English) follows as a detail marked as such. */
function status(text, kind = 'info', detail = '') {
  const el = byId('run-status');
  el.dataset.kind = kind;
  el.textContent = text;
  if (detail) {
    const span = document.createElement('span');
    span.lang = 'en';
    span.textContent = ` (${detail})`;
    el.append(span);
  }
}

/** The request body exactly as the API reads it (see docs/api.md 5.26). */
function request() {
  const body = {
    from: byId('from').value,
    to: byId('to').value,
    seed: Number(byId('seed').value || 1),
    closedPolicy: byId('closed-policy').value,
    proposalA: readProposal('a'),
    proposalB: readProposal('b'),
  };
  if (byId('demand-synthetic').checked) {
    const perService = Number(byId('per-hour').value) / Math.max(1, state.services.length);
    body.demand = {
      rates: state.services.map((service) => ({
        service, days: WEEKDAYS.slice(0, 5), from: Number(byId('synthetic-from').value),
        to: Number(byId('synthetic-to').value), perHour: Math.round(perService * 1000) / 1000,
      })),
    };
  }
  return body;
}

async function run() {
  clearTimeout(state.timer);
  byId('result').hidden = true;
  document.body.dataset.run = 'starting';
  status(t('whatIf.starting'));
  try {
    const job = await api('POST', `/api/v1/branches/${encodeURIComponent(state.branch)}/what-if`, request());
    running(true);
    track(job);
  } catch (error) {
    failed(error);
  }
}

function running(on) {
  byId('run').disabled = on;
  byId('cancel').disabled = !on;
  byId('run-section').hidden = false;
}

/** Shows the job's state; polls again while it is queued or running. */
function track(job) {
  state.job = job;
  document.body.dataset.run = job.state;
  const done = Math.round(job.progress * 100);
  byId('progress').value = done;
  byId('progress-text').textContent = t('whatIf.percent', done);
  if (ACTIVE.includes(job.state)) {
    if (job.state === 'running' && byId('run-status').textContent !== t('whatIf.running')) {
      status(t('whatIf.running'));
    }
    state.timer = setTimeout(poll, POLL_MS);
    return;
  }
  running(false);
  if (job.state === 'done') {
    state.result = job.result;
    status(t('whatIf.done'));
    showResult();
  } else {
    const cancelled = job.state === 'cancelled';
    status(t(`whatIf.${job.state}`), cancelled ? 'info' : 'error', !cancelled && job.error ? job.error.message : '');
  }
}

async function poll() {
  try {
    track(await api('GET', `/api/v1/what-if/${encodeURIComponent(state.job.id)}`));
  } catch (error) {
    failed(error);
  }
}

async function cancel() {
  if (!state.job) {
    return;
  }
  try {
    await api('DELETE', `/api/v1/what-if/${encodeURIComponent(state.job.id)}`);
    status(t('whatIf.cancelling'));
  } catch (error) {
    failed(error);
  }
}

function failed(error) {
  clearTimeout(state.timer);
  running(false);
  document.body.dataset.run = 'failed';
  status(errorText(error), 'error', error.body && error.body.field ? error.body.message : '');
}

/** Minutes, hours, shares or counts, by what the measure is. */
function format(measure, value, difference = false) {
  if (measure === 'desks.utilisation') {
    return difference ? t('unit.points', number(value * 100, 1)) : percent(value);
  }
  if (measure === 'desks.overtimeMinutes') {
    return hours(value / 60);
  }
  if (measure === 'desks.staffedHours') {
    return hours(value);
  }
  return measure.endsWith('Minutes') ? minutes(value) : number(value);
}

function showResult() {
  const { result } = state;
  if (!result) {
    return;
  }
  const names = [result.first.proposal, result.second.proposal];
  const comparison = table(t('whatIf.comparison'), [t('whatIf.measure'), names[0], names[1], t('whatIf.difference')],
    result.rows.map((r) => [t(`measure.${r.measure}`), format(r.measure, r.first), format(r.measure, r.second),
      format(r.measure, r.difference, true)]), result.rows.map((r) => r.measure));
  comparison.querySelectorAll('tbody tr').forEach((tr, i) => {
    const row = result.rows[i];
    ['first', 'second', 'difference'].forEach((column, c) => {
      const td = tr.children[c + 1];
      td.className = column;
      td.dataset.value = String(row[column]);
    });
  });
  byId('comparison').replaceChildren(...comparison.children);
  waitChart(result, names);
  byId('result').hidden = false;
}

/** The walk-ins' mean wait per local hour over the whole period (weighted by citizens). */
function byHour(res) {
  const sums = new Map();
  for (const cell of res.walkInWaitByHour) {
    const s = sums.get(cell.hour) || { citizens: 0, minutes: 0 };
    s.citizens += cell.citizens;
    s.minutes += cell.citizens * cell.meanMinutes;
    sums.set(cell.hour, s);
  }
  return sums;
}

function waitChart(result, names) {
  const first = byHour(result.first);
  const second = byHour(result.second);
  const all = [...new Set([...first.keys(), ...second.keys()])].sort((a, b) => a - b);
  const mean = (sums, h) => (sums.has(h) ? sums.get(h).minutes / sums.get(h).citizens : null);
  draw(byId('what-if-canvas'), 'line', {
    labels: all.map(hour),
    datasets: [lineSeries(names[0], all.map((h) => mean(first, h))),
      lineSeries(names[1], all.map((h) => mean(second, h)), true)],
  }, { scales: { y: { beginAtZero: true, title: { display: true, text: t('axis.minutes') } } } });
  byId('what-if-summary').textContent = t('whatIf.chart.summary', names[0],
    minutes(result.first.walkInWait.meanMinutes), names[1], minutes(result.second.walkInWait.meanMinutes));
  byId('what-if-table').replaceChildren(table(t('whatIf.chart'), [t('column.hour'), names[0], names[1]],
    all.map((h) => [hour(h), minutes(mean(first, h)), minutes(mean(second, h))]), all.map(String)));
}

async function openBranch(id) {
  state.branch = id;
  localStorage.setItem('skranke.branch', id);
  const branch = await api('GET', `/api/v1/branches/${encodeURIComponent(id)}`);
  state.services = branch.services.map((s) => s.id);
}

async function changeLanguage(code) {
  await useLanguage(code);
  byId('who').textContent = t('who.signedIn', state.session.username);
  if (state.job) {
    byId('progress-text').textContent = t('whatIf.percent', Math.round(state.job.progress * 100));
  }
  showResult();
}

function wire() {
  byId('what-if').addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  byId('cancel').addEventListener('click', cancel);
  document.querySelectorAll('input[name="demand"]').forEach((radio) => radio.addEventListener('change', () => {
    byId('synthetic').hidden = !byId('demand-synthetic').checked;
  }));
  byId('branch').addEventListener('change', (e) => openBranch(e.target.value).catch(failed));
  byId('lang-da').addEventListener('click', () => changeLanguage('da'));
  byId('lang-en').addEventListener('click', () => changeLanguage('en'));
  byId('logout').addEventListener('click', logout);
}

async function main() {
  await useLanguage(initialLanguage());
  state.session = await api('GET', '/staff/session');
  byId('who').textContent = t('who.signedIn', state.session.username);
  const { branches } = state.session;
  const stored = localStorage.getItem('skranke.branch');
  const branch = branches.some((b) => b.id === stored) ? stored : branches[0].id;
  fillSelect(byId('branch'), branches.map((b) => [b.id, b.name]), branch);
  const period = quickPeriod('quarter', TODAY);
  byId('from').value = period.from;
  byId('to').value = period.to;
  buildProposal(byId('proposal-a'), 'a');
  buildProposal(byId('proposal-b'), 'b');
  wire();
  await openBranch(branch);
  document.body.dataset.state = 'ready';
}

main().catch((error) => {
  document.body.dataset.state = 'failed';
  failed(error);
});
