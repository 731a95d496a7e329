// Charts (Chart.js from its WebJar, the global Chart) and their text alternatives: every chart has a
// caption, a one-line summary and its numbers in a table. Two series differ in colour AND in form
// (solid vs hatched bars, solid vs dashed lines with other point shapes), so colour is never the only cue.

/** Both colours have at least 4.5:1 against the white page; a white gap separates stacked bars. */
export const COLOURS = { first: '#0b3d91', second: '#b35c00', ink: '#1a1a1a', grid: '#c8c8c8' };

const { Chart } = window;

/** Diagonal hatching in the second colour, so the second series reads without colour vision. */
export function hatch(colour) {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const g = tile.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = colour;
  g.lineWidth = 3;
  g.beginPath();
  g.moveTo(-2, 10);
  g.lineTo(10, -2);
  g.moveTo(-2, 2);
  g.lineTo(2, -2);
  g.moveTo(6, 10);
  g.lineTo(10, 6);
  g.stroke();
  return g.createPattern(tile, 'repeat');
}

function baseOptions(extra) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false, // drawn at once: nothing moves for people who prefer less motion
    plugins: { legend: { labels: { color: COLOURS.ink, usePointStyle: true } } },
    scales: {
      x: { ticks: { color: COLOURS.ink }, grid: { color: COLOURS.grid } },
      y: { beginAtZero: true, ticks: { color: COLOURS.ink }, grid: { color: COLOURS.grid } },
    },
    ...extra,
  };
}

/** Draws (or redraws) a chart on the canvas. */
export function draw(canvas, type, data, extra = {}) {
  Chart.getChart(canvas)?.destroy();
  return new Chart(canvas, { type, data, options: baseOptions(extra) });
}

export function barSeries(label, values, second = false) {
  return {
    label,
    data: values,
    backgroundColor: second ? hatch(COLOURS.second) : COLOURS.first,
    borderColor: second ? COLOURS.second : '#ffffff',
    borderWidth: second ? 2 : 1,
    pointStyle: 'rect',
  };
}

export function lineSeries(label, values, second = false) {
  return {
    label,
    data: values,
    borderColor: second ? COLOURS.second : COLOURS.first,
    backgroundColor: second ? COLOURS.second : COLOURS.first,
    borderDash: second ? [8, 5] : [],
    borderWidth: 3,
    pointStyle: second ? 'triangle' : 'circle',
    pointRadius: 4,
    spanGaps: false,
  };
}

/** A data table: a caption, column headers, and rows whose first cell is the row's header. */
export function table(caption, headers, rows, rowKey) {
  const el = document.createElement('table');
  const cap = document.createElement('caption');
  cap.textContent = caption;
  const head = document.createElement('thead');
  const tr = document.createElement('tr');
  headers.forEach((text) => tr.append(cell('th', text, 'col')));
  head.append(tr);
  const body = document.createElement('tbody');
  rows.forEach((row, i) => {
    const line = document.createElement('tr');
    if (rowKey) {
      line.dataset.key = rowKey[i];
    }
    row.forEach((text, c) => line.append(c === 0 ? cell('th', text, 'row') : cell('td', text)));
    body.append(line);
  });
  el.append(cap, head, body);
  return el;
}

function cell(tag, text, scope) {
  const el = document.createElement(tag);
  if (scope) {
    el.scope = scope;
  }
  el.textContent = text;
  return el;
}

/** Relative luminance (WCAG 2.1) of an [r, g, b] colour. */
function luminance(rgb) {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * A heat-map shade from white (0) to the first colour (max), and the text colour (black or white)
 * that contrasts most with it: always above 4.5:1.
 */
export function shade(value, max) {
  const share = max > 0 ? value / max : 0;
  const target = [0x0b, 0x3d, 0x91];
  const rgb = target.map((c) => Math.round(255 + (c - 255) * share));
  const lum = luminance(rgb);
  const onBlack = (lum + 0.05) / 0.05;
  const onWhite = 1.05 / (lum + 0.05);
  return { background: `rgb(${rgb.join(', ')})`, text: onBlack >= onWhite ? '#000000' : '#ffffff' };
}
