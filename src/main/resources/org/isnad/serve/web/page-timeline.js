// The timeline: filters, then the events of one page by day, undated and not happened apart.
import { api } from './api.js';
import { state, t, named, day, when, outletName } from './i18n.js';
import { put, el, link } from './dom.js';
import { setHash } from './router.js';
import { PAGE, pager, eventLine } from './pieces.js';

const FILTERS = ['from', 'to', 'type', 'actor', 'place', 'outlet', 'origin', 'status',
  'modality'];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether text is a real calendar day written YYYY-MM-DD. */
function isDay(text) {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * A day filter as a reader writes it: YYYY-MM-DD in Western digits (what the API takes), with a
 * visible hint in the reader's language that turns into the day in words once it is valid.
 */
function dayInput(name, params) {
  const input = el('input', { name, id: `filter-${name}`, type: 'text', inputmode: 'numeric',
    dir: 'ltr', autocomplete: 'off',
    value: params.get(name) || '', 'aria-describedby': `hint-${name}` });
  const hint = el('span', { class: 'hint', id: `hint-${name}` });
  const show = () => {
    const v = input.value.trim();
    input.setCustomValidity(v && !isDay(v) ? t('dayInvalid') : '');
    hint.textContent = v && isDay(v) ? day(v) : t('dayHint');
  };
  input.addEventListener('input', show);
  show();
  return el('label', {}, t(name), input, hint);
}

/**
 * An actor or place filter picked by name as the reader types: suggestions from
 * /entities?q= (Arabic-folded, best first) in a datalist; the entity id travels in a hidden
 * field. A name typed without picking is looked up on submit.
 */
function entityInput(name, id, shownName) {
  const list = el('datalist', { id: `names-${name}` });
  const hidden = el('input', { type: 'hidden', name, value: id || '' });
  const input = el('input', { id: `filter-${name}`, name: `${name}Name`, type: 'text',
    list: `names-${name}`, dir: 'auto', autocomplete: 'off', value: shownName || '',
    placeholder: t('typeName') });
  const byName = new Map();
  let asked = 0;
  input.addEventListener('input', async () => {
    input.setCustomValidity('');
    const typed = input.value.trim();
    hidden.value = byName.get(typed) || '';
    if (typed.length < 2) return;
    const ticket = ++asked;
    let page;
    try {
      page = await api('/entities', { q: typed, kind: name === 'place' ? 'place' : null,
        limit: 10 });
    } catch (e) { return; }
    if (ticket !== asked) return;
    list.replaceChildren(...page.items.map((h) => {
      byName.set(h.name, h.id);
      return el('option', { value: h.name }, [named('entityTypes', h.type),
        h.alias ? `(${h.alias})` : null].filter(Boolean).join(' '));
    }));
    hidden.value = byName.get(input.value.trim()) || '';
  });
  const resolve = async () => {
    const typed = input.value.trim();
    if (!typed) { hidden.value = ''; return true; }
    if (hidden.value) return true;
    const page = await api('/entities', { q: typed, kind: name === 'place' ? 'place' : null,
      limit: 1 });
    if (!page.items.length) {
      input.setCustomValidity(t('noSuchName'));
      input.reportValidity();
      return false;
    }
    hidden.value = page.items[0].id;
    return true;
  };
  return { node: el('label', {}, t(name), input, hidden, list), resolve };
}

/**
 * An outlet or origin filter: the stored code or host the API takes, typed or picked from the
 * known outlets, each suggested with its name in the reader's language.
 */
function outletInput(name, params) {
  const known = state.labels.outletNames || {};
  const list = el('datalist', { id: `outlets-${name}` }, Object.keys(known).map((code) =>
    el('option', { value: code }, known[code])));
  return el('label', {}, t(name), el('input', { name, id: `filter-${name}`, type: 'text',
    value: params.get(name) || '', dir: 'auto', list: `outlets-${name}`, autocomplete: 'off' }),
  list);
}

function filterForm(params, shown) {
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': t('filters'),
    novalidate: true });
  const select = (name, options, label) => {
    const s = el('select', { name }, el('option', { value: '' }, t('any')),
      options.map((o) => el('option', { value: o, selected: params.get(name) === o },
        (label || t)(o))));
    return el('label', {}, t(name), s);
  };
  const types = Object.keys(state.labels.eventTypes || {});
  const actor = entityInput('actor', params.get('actor'), shown.actor);
  const place = entityInput('place', params.get('place'), shown.place);
  form.append(dayInput('from', params), dayInput('to', params),
    select('type', types, (o) => named('eventTypes', o)), actor.node,
    place.node, outletInput('outlet', params), outletInput('origin', params),
    select('status', ['corroborated', 'contested', 'single']),
    select('modality', ['asserted', 'negated', 'unrealised']),
    el('div', {}, el('button', { type: 'submit' }, t('apply')), ' ',
      link('#/timeline', t('clear'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    for (const field of form.querySelectorAll('input[name="from"], input[name="to"]')) {
      if (!field.checkValidity()) { field.reportValidity(); return; }
    }
    if (!(await actor.resolve()) || !(await place.resolve())) return;
    const data = new FormData(form);
    const values = {};
    for (const name of FILTERS) values[name] = (data.get(name) || '').trim();
    setHash('/timeline', values);
  });
  return form;
}

export async function timelinePage(main, params) {
  const filters = {};
  for (const name of FILTERS) filters[name] = params.get(name);
  const offset = Number(params.get('offset') || 0);
  const page = await api('/events', { ...filters, offset, limit: PAGE });
  const active = FILTERS.filter((n) => params.get(n));
  const shown = await Promise.all(active.map(async (n) => {
    if (n === 'type') return named('eventTypes', params.get(n));
    if (n === 'status' || n === 'modality') return t(params.get(n));
    if (n === 'from' || n === 'to') return isDay(params.get(n)) ? day(params.get(n)) : params.get(n);
    if (n === 'outlet' || n === 'origin') return outletName(params.get(n));
    if (n !== 'actor' && n !== 'place') return params.get(n);
    try {
      return (await api(`/entities/${encodeURIComponent(params.get(n))}`, { limit: 1 })).name;
    } catch (e) {
      return params.get(n);
    }
  }));
  const names = {};
  active.forEach((n, i) => { names[n] = shown[i]; });
  put(main, el('h1', { tabindex: '-1' }, t('timeline')), filterForm(params, names));
  if (active.length) {
    put(main, el('p', { class: 'meta active-filter' }, `${t('activeFilter')}: `,
      active.map((n, i) => `${t(n)} = ${shown[i]}`).join('، ')));
  }
  const go = (o) => setHash('/timeline', { ...filters, offset: String(o) });
  put(main, pager(page, go, 'events'));
  if (page.items.length === 0) put(main, el('p', {}, t('noEvents')));
  const happened = page.items.filter((e) => e.modality === 'asserted');
  const dated = happened.filter((e) => e.earliest);
  if (dated.length) {
    const days = el('section', { 'aria-labelledby': 'dated' }, el('h2', { id: 'dated' },
      t('dated')));
    // one heading a day, or a window when an event has no one day (when is null then): a
    // window's events are grouped by the window, so each is headed by its own
    let current = null;
    let list = null;
    for (const e of dated) {
      const key = e.when || `${e.earliest}/${e.latest}`;
      if (key !== current) {
        current = key;
        list = el('section', { class: 'day' }, el('h3', {}, el('time',
          { datetime: /^\d{4}-\d{2}-\d{2}$/.test(e.when || '') ? e.when : null }, when(e))));
        days.append(list);
      }
      list.append(eventLine(e));
    }
    put(main, days);
  }
  const section = (id, title, items) => {
    if (items.length) {
      put(main, el('section', { 'aria-labelledby': id }, el('h2', { id }, title),
        items.map(eventLine)));
    }
  };
  section('undated', t('undated'), happened.filter((e) => !e.earliest));
  section('not-happened', t('notHappened'), page.items.filter((e) => e.modality !== 'asserted'));
  if (page.items.length) put(main, pager(page, go, 'events'));
}
