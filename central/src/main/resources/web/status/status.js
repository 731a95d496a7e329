// The citizen's status page: follows the ticket's status stream and shows it in Danish or English.
// Every text comes from /api/v1/public/texts/status/{lang}; the ticket's own language is the start.

const API = '/api/v1/public';
const RETRY_MS = 5000;

const token = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() || '');
const texts = {};
let lang = null;
let ticket = null;
let source = null;
let retry = null;

const byId = (id) => document.getElementById(id);

async function loadTexts(code) {
  if (!texts[code]) {
    const response = await fetch(`${API}/texts/status/${code}`);
    if (!response.ok) {
      throw new Error(`texts ${code}: HTTP ${response.status}`);
    }
    texts[code] = await response.json();
  }
}

function text(key, value) {
  const template = (texts[lang] && texts[lang][key]) || '';
  return value === undefined ? template : template.replace('{0}', value);
}

async function useLanguage(code) {
  await loadTexts(code);
  lang = code;
  render();
}

function render() {
  if (!lang) {
    return;
  }
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-text]').forEach((el) => { el.textContent = text(el.dataset.text); });
  for (const code of ['da', 'en']) {
    byId(`lang-${code}`).setAttribute('aria-pressed', String(code === lang));
  }
  if (ticket) {
    renderTicket();
  }
}

function renderTicket() {
  const status = ticket.status;
  document.body.dataset.status = status;
  document.title = `${ticket.number} · ${text('page.title')}`;
  byId('branch').textContent = ticket.branchName;
  byId('number').textContent = ticket.number;
  byId('service').textContent = ticket.serviceName[lang];
  byId('status-text').textContent = text(`status.${status}`, ticket.deskName || '');
  byId('queue').hidden = status !== 'waiting';
  byId('ahead').textContent = String(ticket.waitingAhead);
  byId('estimate').textContent = ticket.waitingAhead === 0
    ? text('estimate.soon') : text('estimate.minutes', ticket.estimatedWaitMinutes);
  byId('call').hidden = status !== 'called';
  byId('call').textContent = status === 'called' ? text('call.text', ticket.deskName) : '';
  const note = { done: 'note.done', 'no-show': 'note.again', cancelled: 'note.again' }[status];
  byId('note').hidden = !note;
  byId('note').textContent = note ? text(note) : '';
}

function showConnection(up) {
  byId('connection').hidden = up;
}

function connect() {
  source = new EventSource(`${API}/tickets/${encodeURIComponent(token)}/events`);
  source.addEventListener('status', (event) => {
    ticket = JSON.parse(event.data);
    showConnection(true);
    if (lang) {
      render();
    } else {
      useLanguage(ticket.language).catch(() => showConnection(false));
    }
  });
  source.addEventListener('open', () => showConnection(true));
  source.addEventListener('error', () => {
    showConnection(false);
    if (!lang) {
      useLanguage(document.documentElement.lang || 'da').catch(() => {});
    }
    // EventSource retries by itself unless the server answered with an error; then we retry.
    if (source.readyState === EventSource.CLOSED) {
      clearTimeout(retry);
      retry = setTimeout(connect, RETRY_MS);
    }
  });
}

for (const code of ['da', 'en']) {
  byId(`lang-${code}`).addEventListener('click', () => {
    useLanguage(code).catch(() => showConnection(false));
  });
}
connect();
