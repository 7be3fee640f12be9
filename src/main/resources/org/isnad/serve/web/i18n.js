// The reader's language: the labels of ar or en, counts with their plural forms, numbers
// and dates in words.

export const state = { labels: null, lang: null };

export function t(key) {
  const v = state.labels && state.labels[key];
  return typeof v === 'string' ? v : key;
}

/** A label from one of the labels' tables (event types, entity types…), else the raw value. */
export function named(table, key) {
  const v = state.labels && state.labels[table] && state.labels[table][key];
  return typeof v === 'string' ? v : key;
}

/**
 * An outlet as the reader knows it: its name from the server's outlet names (outlet-names.txt)
 * when the stored code or host is listed there, else the code or host as stored.
 */
export function outletName(code) {
  return named('outletNames', code);
}

/**
 * A number with its noun, in the form the language's plural rules ask for (Arabic has six:
 * zero, one, two, few, many, other): the labels give each form with {n} for the number.
 */
export function count(n, noun) {
  const forms = (state.labels.counts && state.labels.counts[noun]) || {};
  const form = forms[new Intl.PluralRules(state.labels.lang).select(n)] || forms.other;
  return form ? form.replace('{n}', number(n)) : `${number(n)} ${noun}`;
}

/** A number with its thousands grouped as the reader's language does, in Western digits. */
export function number(n) {
  return typeof n === 'number'
    ? new Intl.NumberFormat(`${state.labels.lang}-u-nu-latn`).format(n) : String(n);
}

export async function loadLabels(lang) {
  const response = await fetch(`/app/labels-${lang}.json`);
  state.labels = await response.json();
  state.lang = lang;
  localStorage.setItem('isnad.lang', lang);
  document.documentElement.lang = state.labels.lang;
  document.documentElement.dir = state.labels.dir;
  document.getElementById('skip').textContent = t('skip');
  document.getElementById('brand').textContent = t('appName');
  document.getElementById('nav').setAttribute('aria-label', t('nav'));
  for (const a of document.querySelectorAll('#nav a[data-label]')) {
    a.textContent = t(a.dataset.label);
  }
  const button = document.getElementById('language');
  button.textContent = t('switchLanguage');
  button.setAttribute('lang', lang === 'ar' ? 'en' : 'ar');
  button.setAttribute('aria-label', t('switchLanguageName'));
}

/** A day, month or year as the analysis writes it, in words; anything else as given. */
export function day(value) {
  if (!value) return t('undated-status');
  const m = /^(\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const month = state.labels.months[Number(m[2]) - 1] || m[2];
  if (!m[3]) return m[1] === 'XXXX' ? `${month} (${t('yearUnknown')})` : `${month} ${m[1]}`;
  const date = Number(m[3]);
  if (m[1] === 'XXXX') return `${date} ${month} (${t('yearUnknown')})`;
  const weekday = state.labels.weekdays[new Date(Date.UTC(+m[1], +m[2] - 1, date)).getUTCDay()];
  return `${weekday} ${date} ${month} ${m[1]}`;
}

/** When an event happened: its day, or the window its reports give. */
export function when(e) {
  if (!e.earliest) return t('undated-status');
  return e.earliest === e.latest ? day(e.earliest) : `${day(e.earliest)} – ${day(e.latest)}`;
}

/** A range of two dates in words, or one date when both are the same. */
export function range(first, last) {
  if (!first) return t('undated-status');
  return first === last ? day(first) : `${day(first)} – ${day(last)}`;
}
