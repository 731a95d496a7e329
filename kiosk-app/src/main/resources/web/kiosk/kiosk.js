// The kiosk page: loads texts and state, switches screens, language, idle reset and the state poll.
import * as api from './api.js';
import { addBundle, language, setLanguage, setZone, t } from './texts.js';
import { show, busy, applyTexts, el, announce } from './screens.js';
import * as idle from './idle.js';
import { showHome, isHome } from './home.js';
import { startWalkIn } from './walkin.js';
import { startCheckIn, installScanner } from './checkin.js';

const POLL_MS = 20000;
const RETRY_TEXTS_MS = 5000;
const SAY_WAIT_AFTER_MS = 500;

/** What every screen module gets: the last state, navigation and request helpers. */
const app = {
  state: null,
  current: null,
  running: false,

  /** Shows a screen and remembers how to draw it again (language switch). */
  go(name, fill, options = {}) {
    const { quiet, ...kept } = options;
    app.current = { name, fill, options: kept };
    show(name, fill, { quiet });
    armIdle();
  },

  /** Runs one request at a time with the screen's buttons disabled: a double tap does nothing. */
  async run(task) {
    if (app.running) return;
    app.running = true;
    const screen = document.getElementById('screen').firstElementChild;
    busy(true);
    const slow = setTimeout(() => announce(t('common.wait')), SAY_WAIT_AFTER_MS);
    try {
      await task();
    } catch (error) {
      app.fail(error);
    } finally {
      clearTimeout(slow);
      app.running = false;
      if (document.getElementById('screen').firstElementChild === screen) busy(false);
    }
  },

  async refreshState() {
    app.state = await api.getState();
    setZone(app.state.zone);
    updateChrome();
    return app.state;
  },

  /** Back to the start (or closed) screen with fresh state. */
  home() {
    return app.run(async () => {
      try {
        await app.refreshState();
      } catch (e) {
        app.error(true);
        return;
      }
      showHome(app);
    });
  },

  /** Idle reset and the end of a visit: Danish again for the next citizen, then home. */
  reset() {
    app.current?.options.onLeave?.();
    switchLanguage('da', { rerender: false });
    app.home();
  },

  fail(error) {
    if (error instanceof api.ApiError && error.code === 'closed') {
      app.refreshState().catch(() => {});
      showHome(app, { reason: error.body.reason, opensAt: error.body.opensAt });
    } else {
      console.warn('kiosk request failed', error);
      app.error(error instanceof api.ApiError && error.status === 0);
    }
  },

  /** recover: the local backend was unreachable; the poll returns home once it answers. */
  error(recover = false) {
    app.go('error', (root) => {
      root.querySelector('#error-retry').addEventListener('click', () => app.home());
    }, { recover });
  },

  updateChrome: () => updateChrome(),
  takeTicket: () => startWalkIn(app),
  checkIn: (code) => startCheckIn(app, code),
};

function armIdle() {
  const { name, options } = app.current;
  if (options.limit) {
    idle.arm(options.limit, { timeout: app.reset, tick: options.tick, warning: options.warning !== false });
  } else if (isHome(name) && language() === 'da') {
    idle.disarm();
  } else {
    idle.arm(app.state?.idleSeconds ?? 60, { timeout: app.reset, tick: options.tick });
  }
}

function switchLanguage(lang, { rerender = true } = {}) {
  setLanguage(lang);
  document.documentElement.lang = language();
  document.title = t('page.title');
  for (const b of document.querySelectorAll('.lang')) b.setAttribute('aria-pressed', String(b.dataset.lang === language()));
  applyTexts(document.querySelector('header'));
  updateChrome();
  if (rerender && app.current) app.go(app.current.name, app.current.fill, app.current.options);
}

/** Branch name and the discreet offline marker (absent from the page while online). */
function updateChrome() {
  document.getElementById('brand').textContent = app.state?.branch?.name ?? '';
  const foot = document.getElementById('foot');
  if (app.state && app.state.online === false) {
    foot.replaceChildren(el('p', { id: 'offline-mark', class: 'offline-mark' }, t('offline.mark')));
  } else {
    foot.replaceChildren();
  }
}

async function poll() {
  if (app.running || !app.current) return;
  const { name, options } = app.current;
  const before = JSON.stringify(homeView(app.state));
  try {
    await app.refreshState();
  } catch (e) {
    if (isHome(name)) app.error(true);
    return;
  }
  if (name === 'error' && options.recover) app.home();
  else if (isHome(name) && JSON.stringify(homeView(app.state)) !== before) showHome(app, null, { quiet: true });
}

const homeView = (s) => s && [s.branch, s.hours, s.digitalChannels];

async function loadTexts() {
  for (;;) {
    try {
      const [da, en] = await Promise.all([api.getTexts('da'), api.getTexts('en')]);
      addBundle('da', da);
      addBundle('en', en);
      document.body.classList.remove('no-texts');
      return;
    } catch (e) {
      if (document.body.dataset.screen !== 'error') show('error');   // without texts: the icon only
      await new Promise((resolve) => setTimeout(resolve, RETRY_TEXTS_MS));
    }
  }
}

async function boot() {
  await loadTexts();
  switchLanguage('da', { rerender: false });
  for (const b of document.querySelectorAll('.lang')) {
    b.addEventListener('click', () => { if (!app.running) switchLanguage(b.dataset.lang); });
  }
  idle.install();
  installScanner(app);
  setInterval(poll, POLL_MS);
  await app.home();
}

boot();
