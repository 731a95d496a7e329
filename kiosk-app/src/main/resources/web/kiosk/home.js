// The resting screens: start (walk-ins possible) and closed (why, when it opens, the digital channels).
import { t, list, localised, when } from './texts.js';
import { el } from './screens.js';
import { qrSrc } from './api.js';

export const isHome = (name) => name === 'start' || name === 'closed';

/** closedBy: {reason, opensAt} from a 409 closed answer, which wins over the (older) state. */
export function showHome(app, closedBy = null, options = {}) {
  const hours = app.state?.hours ?? {};
  if (closedBy || hours.walkInsNow === false) {
    showClosed(app, closedBy ?? hours, options);
  } else {
    showStart(app, options);
  }
}

function showStart(app, options) {
  app.go('start', (root, slot) => {
    slot('title').textContent = t('start.title', { branch: app.state?.branch?.name ?? '' });
    slot('channels').textContent = channelsLine(app.state, 'start.selfService');
    slot('channels').hidden = !slot('channels').textContent;
    root.querySelector('#take-ticket').addEventListener('click', () => app.takeTicket());
    root.querySelector('#have-appointment').addEventListener('click', () => app.checkIn());
  }, options);
}

function showClosed(app, { reason, opensAt }, options) {
  const why = ['closed', 'appointment-only', 'last-ticket-passed'].includes(reason) ? reason : 'closed';
  app.go('closed', (root, slot) => {
    slot('title').textContent = t(`closed.title.${why}`);
    slot('text').textContent = t(`closed.text.${why}`);
    const opens = root.querySelector('#closed-opens');
    if (opensAt) opens.textContent = t(why === 'closed' ? 'closed.opens' : 'closed.opensWalkIn', { when: when(opensAt) });
    else opens.textContent = t('closed.opensUnknown');
    const appointment = root.querySelector('#have-appointment');
    appointment.hidden = why === 'closed';
    appointment.addEventListener('click', () => app.checkIn());
    const channels = app.state?.digitalChannels ?? [];
    root.querySelector('#closed-channels').replaceChildren(...channels.map(channelItem));
    root.querySelector('.channels').hidden = channels.length === 0;
  }, options);
}

function channelItem(channel) {
  const name = localised(channel.name);
  const item = el('li', { class: 'channel' });
  if (/^https?:\/\//.test(channel.url ?? '')) {
    item.append(el('img', { class: 'qr', src: qrSrc(channel.url), width: 120, height: 120,
      alt: t('closed.channelQrAlt', { name }) }));
  }
  const label = el('p', { class: 'channel-text' });
  label.append(el('strong', {}, name));
  const address = displayAddress(channel.url);
  if (address && address !== name.toLowerCase()) label.append(el('span', { class: 'url' }, address));
  item.append(label);
  return item;
}

/** "borger.dk og Dragør Kommune" inside the bundle sentence key, or '' without channels. */
export function channelsLine(state, key) {
  const names = (state?.digitalChannels ?? []).map((c) => localised(c.name)).filter(Boolean);
  return names.length ? t(key, { channels: list(names) }) : '';
}

/** www.borger.dk/pas -> borger.dk/pas: what a citizen types. */
export function displayAddress(url) {
  try {
    const u = new URL(url);
    return (u.host.replace(/^www\./, '') + u.pathname + u.search).replace(/\/$/, '');
  } catch (e) {
    return url ?? '';
  }
}
