// Shows one report of GET /api/v1/branches/{b}/reports: key figures, charts with their tables, the
// arrivals heat map, channel cost and wait-estimate accuracy. Texts from the staff/reports bundles.
import { byId, t } from '/staff/assets/common.js';
import {
  barSeries, draw, lineSeries, shade, table,
} from './charts.js';
import {
  date, hour, kroner, minutes, number, percent, periodKey,
} from './format.js';

/** The key figures of the whole period: JSON path and how to show it. */
const FIGURES = [
  ['tickets', number], ['appointmentShare', percent], ['waitTime.meanMinutes', minutes],
  ['waitTime.medianMinutes', minutes], ['waitTime.p90Minutes', minutes], ['serviceTime.meanMinutes', minutes],
  ['serviceTime.medianMinutes', minutes], ['noShows', number], ['noShowRate', percent], ['transfers', number],
  ['longestQueue', number], ['nudgesShown', number], ['deflections', number], ['deflectionRate', percent],
  ['couldHaveBeenDigitalShare', percent], ['helpedToSelfServiceShare', percent],
];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const at = (object, path) => path.split('.').reduce((o, k) => (o == null ? null : o[k]), object);

/** Everything of the report; `names` maps a service id to its name in the page's language. */
export function showReport(report, names) {
  byId('period-text').textContent = t('reports.period', date(report.from), date(report.to), report.zone);
  showFigures(report.total);
  ticketsChart(report.byPeriod);
  waitChart(report.byHour);
  servicesChart(report.byService, names, report.total.tickets);
  heatMap(report.arrivals);
  showCost(report.channelCost, names);
  showEstimates(report.waitEstimates, names);
}

function showFigures(total) {
  byId('figures').replaceChildren(...FIGURES.map(([path, format]) => {
    const item = document.createElement('div');
    item.className = 'figure';
    item.dataset.figure = path;
    const dt = document.createElement('dt');
    dt.textContent = t(`figure.${path}`);
    const dd = document.createElement('dd');
    const value = at(total, path);
    dd.dataset.value = JSON.stringify(value ?? null);
    dd.textContent = format(value);
    item.append(dt, dd);
    return item;
  }));
}

function ticketsChart(periods) {
  const labels = periods.map((p) => periodKey(p.key));
  draw(byId('tickets-canvas'), 'bar', {
    labels,
    datasets: [barSeries(t('series.walkIns'), periods.map((p) => p.walkIns)),
      barSeries(t('series.appointments'), periods.map((p) => p.appointments), true)],
  }, { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } });
  const busiest = periods.reduce((a, b) => (b.tickets > a.tickets ? b : a), periods[0]);
  const total = periods.reduce((sum, p) => sum + p.tickets, 0);
  byId('tickets-summary').textContent = busiest && busiest.tickets > 0
    ? t('chart.tickets.summary', number(total), periodKey(busiest.key), number(busiest.tickets))
    : t('chart.empty');
  byId('tickets-table').replaceChildren(table(t('chart.tickets'), [t('column.period'), t('series.walkIns'),
    t('series.appointments'), t('column.tickets')], periods.map((p, i) => [labels[i], number(p.walkIns),
    number(p.appointments), number(p.tickets)]), periods.map((p) => p.key)));
}

/** The hours from the first to the last with any ticket (all 24 when there are none). */
function busyHours(hours) {
  const used = hours.filter((h) => h.tickets > 0).map((h) => Number(h.key));
  return used.length === 0 ? hours : hours.slice(Math.min(...used), Math.max(...used) + 1);
}

function waitChart(byHour) {
  const hours = busyHours(byHour);
  draw(byId('wait-canvas'), 'line', {
    labels: hours.map((h) => hour(Number(h.key))),
    datasets: [lineSeries(t('series.waitMean'), hours.map((h) => h.waitTime.meanMinutes)),
      lineSeries(t('series.waitP90'), hours.map((h) => h.waitTime.p90Minutes), true)],
  }, { scales: { y: { beginAtZero: true, title: { display: true, text: t('axis.minutes') } } } });
  const longest = hours.filter((h) => h.waitTime.meanMinutes !== null)
    .reduce((a, b) => (a === null || b.waitTime.meanMinutes > a.waitTime.meanMinutes ? b : a), null);
  byId('wait-summary').textContent = longest
    ? t('chart.waitByHour.summary', hour(Number(longest.key)), minutes(longest.waitTime.meanMinutes))
    : t('chart.empty');
  byId('wait-table').replaceChildren(table(t('chart.waitByHour'), [t('column.hour'), t('column.tickets'),
    t('series.waitMean'), t('figure.waitTime.medianMinutes'), t('series.waitP90')], hours.map((h) => [
    hour(Number(h.key)), number(h.tickets), minutes(h.waitTime.meanMinutes), minutes(h.waitTime.medianMinutes),
    minutes(h.waitTime.p90Minutes)]), hours.map((h) => h.key)));
}

function servicesChart(byService, names, total) {
  const labels = byService.map((s) => names(s.key));
  draw(byId('services-canvas'), 'bar', {
    labels,
    datasets: [barSeries(t('column.tickets'), byService.map((s) => s.tickets))],
  }, { indexAxis: 'y', plugins: { legend: { display: false } },
    scales: { x: { beginAtZero: true, ticks: { color: '#1a1a1a' } }, y: { ticks: { color: '#1a1a1a' } } } });
  const top = byService.reduce((a, b) => (b.tickets > a.tickets ? b : a), byService[0]);
  byId('services-summary').textContent = top && top.tickets > 0
    ? t('chart.serviceMix.summary', names(top.key), number(top.tickets), percent(top.tickets / total))
    : t('chart.empty');
  byId('services-table').replaceChildren(table(t('chart.serviceMix'), [t('column.service'), t('column.tickets'),
    t('column.share')], byService.map((s, i) => [labels[i], number(s.tickets),
    percent(total > 0 ? s.tickets / total : null)]), byService.map((s) => s.key)));
}

function heatMap(arrivals) {
  const counts = arrivals.citizens;
  const used = [...Array(24).keys()].filter((h) => counts.some((day) => day[h] > 0));
  const hours = used.length === 0 ? [...Array(24).keys()]
    : [...Array(Math.max(...used) - Math.min(...used) + 1).keys()].map((i) => i + Math.min(...used));
  const max = Math.max(0, ...counts.flat());
  const head = document.createElement('tr');
  head.append(headerCell('col', t('column.weekday')), ...hours.map((h) => headerCell('col', hour(h))));
  byId('heatmap-head').replaceChildren(head);
  byId('heatmap-body').replaceChildren(...WEEKDAYS.map((day, d) => {
    const row = document.createElement('tr');
    row.dataset.weekday = day;
    row.append(headerCell('row', t(`weekday.${day}`)), ...hours.map((h) => {
      const td = document.createElement('td');
      const value = counts[d][h];
      const colours = shade(value, max);
      td.dataset.hour = String(h);
      td.textContent = number(value);
      td.style.backgroundColor = colours.background;
      td.style.color = colours.text;
      return td;
    }));
    return row;
  }));
}

function headerCell(scope, text) {
  const th = document.createElement('th');
  th.scope = scope;
  th.textContent = text;
  return th;
}

function showCost(cost, names) {
  const c = cost.costs;
  byId('cost-prices').textContent = t('cost.prices', kroner(c.personal), kroner(c.phone), kroner(c.digital));
  const rows = [...cost.services, cost.total];
  byId('cost-table').replaceChildren(...table(t('cost.caption', percent(cost.shiftShare)), [t('column.service'),
    t('cost.personalVisits'), t('cost.personalCost'), t('cost.couldHaveBeenDigital'), t('cost.savingIfShifted'),
    t('cost.deflections'), t('cost.savedByDeflections')], rows.map((r) => [
    r.service === 'total' ? t('column.total') : names(r.service), number(r.personalVisits), kroner(r.personalCost),
    number(r.couldHaveBeenDigital), kroner(r.savingIfShifted), number(r.deflections), kroner(r.savedByDeflections),
  ]), rows.map((r) => r.service)).children);
  byId('cost-table').dataset.shiftShare = String(cost.shiftShare);
}

function showEstimates(estimates, names) {
  const rows = [...estimates.services, estimates.total];
  byId('estimates-table').replaceChildren(...table(t('estimates.caption'), [t('column.service'),
    t('estimates.tickets'), t('estimates.meanAbsoluteError'), t('estimates.meanError')], rows.map((r) => [
    r.service === 'total' ? t('column.total') : names(r.service), number(r.tickets),
    minutes(r.meanAbsoluteErrorMinutes), minutes(r.meanErrorMinutes)]), rows.map((r) => r.service)).children);
}
