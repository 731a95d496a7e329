// The waiting-room page: follows the display app's room stream and redraws on every change.
import { applyTexts, loadTexts, t } from './texts.js';
import { renderHistory, renderInfo, renderNowServing, renderWaiting, setZone, timeFormat } from './render.js';

const $ = id => document.getElementById(id);
const SILENCE_MS = 40_000; // the app pings every 15 s
let clockFormat = timeFormat('Europe/Copenhagen'); // the room's `zone` replaces it: the branch's time, not the TV's

let room = null;
let pageOnline = false;
let lastMessage = 0;
let lastHighlighted = null;
let highlightTimer = null;
let highlightUntil = 0;
let infoIndex = 0;
let infoTimer = null;
let infoEvery = 0;

function showConnection() {
  const lost = !pageOnline || !room || room.connection !== 'live';
  $('connection').hidden = !lost;
  document.body.dataset.connection = lost ? 'lost' : 'live';
}

/** The newest call stands out for highlightMillis; it slides in once, when it is new. */
function highlight(item, forMs) {
  if (!item) return;
  if (item.dataset.key !== lastHighlighted) {
    lastHighlighted = item.dataset.key;
    highlightUntil = Date.now() + Math.max(0, forMs);
    clearTimeout(highlightTimer);
    highlightTimer = setTimeout(() => {
      $('now-serving').querySelectorAll('.fresh').forEach(n => n.classList.remove('fresh'));
    }, Math.max(0, forMs));
    if (forMs > 0) item.classList.add('enter');
  }
  if (Date.now() < highlightUntil) item.classList.add('fresh');
}

function rotateInfo() {
  const lines = room?.info ?? [];
  renderInfo($('info'), lines.length ? lines[infoIndex % lines.length] : null);
  infoIndex += 1;
}

function scheduleInfo(every) {
  if (every === infoEvery && infoTimer) return;
  infoEvery = every;
  clearInterval(infoTimer);
  infoTimer = setInterval(rotateInfo, Math.max(2000, every));
}

function draw(next) {
  const firstDraw = room === null;
  room = next;
  if (room.zone) {
    setZone(room.zone);
    clockFormat = timeFormat(room.zone);
  }
  $('branch').textContent = room.branch?.name ?? '';
  const newest = renderNowServing($('now-serving'), $('now-empty'), room.nowServing);
  renderHistory($('history'), $('history-empty'), room.history);
  renderWaiting($('waiting'), room.waiting, t('waiting.people'));
  if (newest) {
    const age = newest.dataset.key && room.nowServing[0]?.calledAt
      ? Date.now() - Date.parse(room.nowServing[0].calledAt) : 0;
    highlight(newest, firstDraw ? room.highlightMillis - age : room.highlightMillis);
  }
  if (firstDraw) rotateInfo();
  scheduleInfo(room.infoRotateMillis);
  showConnection();
}

let events = null;

function follow() {
  lastMessage = Date.now(); // a new connection gets the full silence allowance
  events = new EventSource('/api/room/events');
  events.addEventListener('room', e => {
    lastMessage = Date.now();
    pageOnline = true;
    draw(JSON.parse(e.data));
  });
  events.addEventListener('ping', () => {
    lastMessage = Date.now();
    pageOnline = true;
    showConnection();
  });
  // EventSource reconnects by itself; until it does, the marker shows.
  events.addEventListener('error', () => {
    pageOnline = false;
    showConnection();
  });
}

/**
 * A connection that stays silent past the app's pings is dead even if the browser has not noticed; one the
 * browser gave up on (closed after an error answer, e.g. while the app restarts) is opened again. The TV
 * must never need someone to reload it.
 */
function watchSilence() {
  if (events.readyState === EventSource.CLOSED || Date.now() - lastMessage > SILENCE_MS) {
    pageOnline = false;
    showConnection();
    events.close();
    follow();
  }
}

function tick() {
  const clock = $('clock');
  const now = new Date();
  clock.textContent = clockFormat.format(now);
  clock.dateTime = now.toISOString();
}

async function main() {
  tick();
  setInterval(tick, 1000);
  try {
    await loadTexts();
  } catch (e) {
    console.warn('texts not loaded', e);
  }
  applyTexts();
  showConnection();
  follow();
  setInterval(watchSilence, 5000);
}

main();
