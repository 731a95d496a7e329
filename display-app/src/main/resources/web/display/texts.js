// The page's texts: Danish first, English beside it (lang="en"), both from the display's bundles.
const bundles = { da: {}, en: {} };

export async function loadTexts() {
  const [da, en] = await Promise.all(['da', 'en'].map(lang =>
    fetch(`/api/texts/${lang}`).then(r => (r.ok ? r.json() : {}))));
  bundles.da = da;
  bundles.en = en;
}

/** The Danish text of key. */
export function t(key, lang = 'da') {
  return bundles[lang][key] ?? bundles.da[key] ?? '';
}

/** Fills element with the Danish text and, when it differs, the English one in a span with lang="en". */
export function bilingual(element, key) {
  fillBilingual(element, t(key, 'da'), t(key, 'en'));
}

export function fillBilingual(element, da, en) {
  element.replaceChildren();
  const first = document.createElement('span');
  first.className = 'da';
  first.textContent = da;
  element.append(first);
  if (en && en !== da) {
    const second = document.createElement('span');
    second.className = 'en';
    second.lang = 'en';
    second.textContent = en;
    element.append(' ', second);
  }
}

/** Applies data-t (Danish only) and data-bi (Danish + English) attributes under root. */
export function applyTexts(root = document) {
  root.querySelectorAll('[data-t]').forEach(el => { el.textContent = t(el.dataset.t); });
  root.querySelectorAll('[data-bi]').forEach(el => bilingual(el, el.dataset.bi));
  document.title = `${t('page.title')} · ${t('page.title', 'en')}`;
}
