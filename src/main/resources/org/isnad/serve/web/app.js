// isnad web app: a hand-written module, no framework. Every piece of page content is put in
// the page as text (textContent, text nodes), never as HTML; links are built from ids, and an
// outside URL is linked only when it is http or https.
const API = '/api/v1';
const PAGE = 50;
const state = { labels: null, lang: null };

function t(key) {
  const v = state.labels && state.labels[key];
  return typeof v === 'string' ? v : key;
}

/** A label from one of the labels' tables (event types, entity types…), else the raw value. */
function named(table, key) {
  const v = state.labels && state.labels[table] && state.labels[table][key];
  return typeof v === 'string' ? v : key;
}

/**
 * A number with its noun, in the form the language's plural rules ask for (Arabic has six:
 * zero, one, two, few, many, other): the labels give each form with {n} for the number.
 */
function count(n, noun) {
  const forms = (state.labels.counts && state.labels.counts[noun]) || {};
  const form = forms[new Intl.PluralRules(state.labels.lang).select(n)] || forms.other;
  return form ? form.replace('{n}', number(n)) : `${number(n)} ${noun}`;
}

/** A number with its thousands grouped as the reader's language does, in Western digits. */
function number(n) {
  return typeof n === 'number'
    ? new Intl.NumberFormat(`${state.labels.lang}-u-nu-latn`).format(n) : String(n);
}

/** Appends children to a node as el() does: arrays flattened, null and undefined left out. */
function put(node, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An element with attributes and children (strings become text nodes). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  return put(node, ...children);
}

function link(href, ...children) {
  return el('a', { href }, ...children);
}

function outsideLink(url, text) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return el('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank' },
        text || url);
    }
  } catch (e) { /* not a URL: shown as text */ }
  return el('span', {}, url);
}

/** Code points of a string: API offsets count code points, not UTF-16 units. */
function points(text) {
  return Array.from(text || '');
}

// ---- language -------------------------------------------------------------------------

async function loadLabels(lang) {
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

// ---- API ------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') query.set(k, v);
  }
  const url = API + path + (query.toString() ? `?${query}` : '');
  const headers = { Accept: 'application/json' };
  const token = sessionStorage.getItem('isnad.token');
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url, { headers });
  let body = null;
  try { body = await response.json(); } catch (e) { body = { title: response.statusText }; }
  if (!response.ok) throw new ApiError({ status: response.status, ...body });
  return body;
}

// ---- dates ----------------------------------------------------------------------------

/** A day, month or year as the analysis writes it, in words; anything else as given. */
function day(value) {
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
function when(e) {
  if (!e.earliest) return t('undated-status');
  return e.earliest === e.latest ? day(e.earliest) : `${day(e.earliest)} – ${day(e.latest)}`;
}

// ---- shared pieces --------------------------------------------------------------------

function pager(page, go, noun) {
  const nav = el('nav', { class: 'pager', 'aria-label': `${t('previous')} / ${t('next')}` });
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = page.offset + page.items.length;
  const prev = el('button', { type: 'button', disabled: page.offset === 0 }, t('previous'));
  const next = el('button', { type: 'button', disabled: last >= page.total }, t('next'));
  prev.addEventListener('click', () => go(Math.max(0, page.offset - page.limit)));
  next.addEventListener('click', () => go(page.offset + page.limit));
  nav.append(prev, el('span', {}, `${t('shown')} ${number(first)}–${number(last)} ${t('of')} `
    + count(page.total, noun)), next);
  return nav;
}

function badge(kind) {
  return el('span', { class: `badge ${kind}` }, t(kind === 'undated' ? 'undated-status' : kind));
}

function names(refs, filter) {
  return refs.map((r, i) => [i > 0 ? '، ' : '',
    link(`#/timeline?${filter}=${encodeURIComponent(r.id)}`, r.name)]);
}

function hashParams() {
  const hash = location.hash.slice(1) || '/timeline';
  const [path, query] = hash.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent),
    params: new URLSearchParams(query || '') };
}

function setHash(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  location.hash = `${path}${query.toString() ? `?${query}` : ''}`;
}

// ---- pages ----------------------------------------------------------------------------

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

function filterForm(params, shown) {
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': t('filters'),
    novalidate: true });
  const input = (name) => el('label', {}, t(name), el('input', {
    name, type: 'text', value: params.get(name) || '', dir: 'auto' }));
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
    place.node, input('outlet'), input('origin'),
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

/** An event's type in the reader's language, linked to the timeline of that type. */
function typeLink(type) {
  return link(`#/timeline?type=${encodeURIComponent(type)}`, named('eventTypes', type));
}

function eventLine(item) {
  return el('article', { class: 'event' },
    el('h3', {}, link(`#/event/${encodeURIComponent(item.id)}`, item.summary)),
    el('p', { class: 'meta' }, badge(item.status),
      item.modality === 'asserted' ? null : badge(item.modality), ' ', typeLink(item.type),
      ` · ${count(item.reports, 'reports')} · ${count(item.independent, 'independent')}`),
    item.actors.length ? el('p', { class: 'meta' }, `${t('actors')}: `,
      names(item.actors, 'actor')) : null,
    item.places.length ? el('p', { class: 'meta' }, `${t('places')}: `,
      names(item.places, 'place')) : null,
    item.outlets.length ? el('p', { class: 'meta' }, `${t('outlets')}: `,
      item.outlets.join('، ')) : null);
}

async function timelinePage(main, params) {
  const filters = {};
  for (const name of FILTERS) filters[name] = params.get(name);
  const offset = Number(params.get('offset') || 0);
  const page = await api('/events', { ...filters, offset, limit: PAGE });
  const active = FILTERS.filter((n) => params.get(n));
  const shown = await Promise.all(active.map(async (n) => {
    if (n === 'type') return named('eventTypes', params.get(n));
    if (n === 'status' || n === 'modality') return t(params.get(n));
    if (n === 'from' || n === 'to') return isDay(params.get(n)) ? day(params.get(n)) : params.get(n);
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
    let current = null;
    let list = null;
    for (const e of dated) {
      if (e.when !== current) {
        current = e.when;
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

/** Code points of context kept around the marked sentences of a long paragraph. */
const CONTEXT = 240;

/**
 * A paragraph with each code point range [from, to) of ranges marked, in order; a long paragraph
 * (a page without paragraph breaks) is cut to the marks with some context, the cuts shown by "…".
 */
function marked(text, ranges) {
  const p = points(text);
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const start = Math.max(0, sorted[0][0] - CONTEXT);
  const end = Math.min(p.length, Math.max(...sorted.map((r) => r[1])) + CONTEXT);
  const out = [start > 0 ? '… ' : ''];
  let at = start;
  for (const [from, to, n] of sorted) {
    if (from < at) continue;
    out.push(p.slice(at, from).join(''), el('mark', { 'data-n': n },
      p.slice(from, to).join('')));
    at = to;
  }
  out.push(p.slice(at, end).join(''), end < p.length ? ' …' : '');
  return out;
}

/**
 * A source or chain link as a reader sees it: a page whose outlet is unknown is written by the
 * engine as "article ID" and is shown as that page, by its title.
 */
function sourceName(name, titles) {
  const m = /^article (\S+)$/.exec(name || '');
  if (!m) return name;
  return `${t('unknownOutletPage')} «${titles[m[1]] || m[1]}»`;
}

function chain(steps, titles) {
  return el('ol', { class: 'chain', 'aria-label': t('chain') }, steps.map((s) =>
    el('li', {}, sourceName(s.name, titles),
      s.role ? el('span', { class: 'role' }, `(${t(s.role)})`) : null)));
}

/** The reports of one event grouped by article, in the order they first come. */
function byArticle(reports) {
  const groups = new Map();
  for (const r of reports) {
    if (!groups.has(r.article)) groups.set(r.article, []);
    groups.get(r.article).push(r);
  }
  return [...groups.values()];
}

/** One article's reports of an event: the article once, each paragraph with its sentences marked. */
function reportCard(reports, index, titles) {
  const a = reports[0];
  const paragraphs = new Map();
  for (const r of reports) {
    if (!paragraphs.has(r.paragraphStart)) paragraphs.set(r.paragraphStart, []);
    paragraphs.get(r.paragraphStart).push(r);
  }
  return el('article', { class: 'event report', 'aria-labelledby': `report-${index}` },
    el('h3', { id: `report-${index}` }, a.outlet || t('unknownOutlet')),
    el('p', { class: 'meta' }, link(`#/article/${encodeURIComponent(a.article)}`,
      el('bdi', {}, a.title || t('untitled'))),
    a.published ? ` · ${t('published')}: ${day(a.published)}` : '',
    a.url ? [' · ', outsideLink(a.url, t('original'))] : null,
    reports.length > 1 ? ` · ${count(reports.length, 'sentences')}` : ''),
    [...paragraphs.values()].map((rs) => el('div', { class: 'report-paragraph' },
      el('p', { class: 'paragraph', dir: 'auto' }, marked(rs[0].paragraph,
        rs.map((r, i) => [r.start - r.paragraphStart, r.end - r.paragraphStart,
          rs.length > 1 ? number(i + 1) : null]))),
      rs.map((r, i) => el('div', { class: 'report-line meta' },
        rs.length > 1 ? el('span', { class: 'report-n' }, `(${number(i + 1)})`) : null,
        r.when ? el('span', {}, `${t('event')}: ${day(r.when)} · `) : null,
        `${t('chain')}: `, chain(r.chain, titles),
        el('span', {}, `${t('countedUnder')}: `, el('strong', {}, sourceName(r.origin, titles))),
        ' · ', link(`#/article/${encodeURIComponent(r.article)}?s=${r.start}&e=${r.end}`,
          t('openInArticle')))))));
}

/**
 * Why an event's reports were merged, in the reader's language: the engine writes it in English
 * for tools; the Arabic labels carry the engine's own phrase table (basis-phrases.txt), and ids
 * become names and titles.
 */
async function basisLines(basis, d, titles) {
  const names = {};
  [...d.event.actors, ...d.event.places, ...d.agents].forEach((r) => { names[r.id] = r.name; });
  const entityId = /\be(?=[0-9a-f]*\d)[0-9a-f]+\b/g;
  const articleId = /\bd[0-9a-f]{12}-a\d+\b/g;
  const unknown = new Set(basis.flatMap((b) => b.match(entityId) || [])
    .filter((id) => !names[id]));
  await Promise.all([...unknown].map(async (id) => {
    try { names[id] = (await api(`/entities/${encodeURIComponent(id)}`, { limit: 1 })).name; }
    catch (e) { /* left as the id */ }
  }));
  return basis.map((why) => {
    let s = why;
    for (const [english, reading] of state.labels.basisPhrases || []) {
      s = s.split(english).join(reading);
    }
    s = s.replace(articleId, (id) => (titles[id] ? `«${titles[id]}»` : id));
    return s.replace(entityId, (id) => names[id] || id);
  });
}

function conflicts(list, titles) {
  if (!list.length) return el('p', {}, t('noConflicts'));
  return list.map((c) => el('section', { class: 'conflict-block' },
    el('h3', {}, t(c.field), c.note ? ` — ${named('conflictNotes', c.field)}` : ''),
    el('div', { class: 'conflict' }, c.values.map((v) => el('div', {},
      el('p', {}, el('strong', {}, v.value)),
      el('ul', {}, v.articles.map((a) => el('li', {},
        link(`#/article/${encodeURIComponent(a.id)}`, a.outlet || a.title || t('untitled'))))),
      v.sources.length ? el('p', { class: 'meta' }, `${t('origins')}: ${v.sources.map((o) => sourceName(o, titles)).join('، ')}`)
        : null)))));
}

async function eventPage(main, id) {
  const d = await api(`/events/${encodeURIComponent(id)}`);
  const e = d.event;
  const titles = {};
  d.reports.forEach((r) => { titles[r.article] = r.title || t('untitled'); });
  d.conflicts.forEach((c) => c.values.forEach((v) => v.articles.forEach((a) => {
    titles[a.id] = titles[a.id] || a.title || t('untitled');
  })));
  const basis = await basisLines(d.basis, d, titles);
  const story = e.story ? await storyLink(e.story) : null;
  const groups = byArticle(d.reports);
  put(main, el('h1', { tabindex: '-1' }, e.summary),
    el('p', { class: 'meta' }, badge(e.status),
      e.modality === 'asserted' ? null : badge(e.modality), ' ', typeLink(e.type), ' · ',
      when(e), ` · ${count(e.reports, 'reports')}`),
    e.actors.length ? el('p', {}, `${t('actors')}: `, names(e.actors, 'actor')) : null,
    d.agents.length ? el('p', {}, `${t('agents')}: `, names(d.agents, 'actor')) : null,
    e.places.length ? el('p', {}, `${t('places')}: `, names(e.places, 'place')) : null,
    story,
    el('p', {}, `${count(e.independent, 'independent')}: `,
      d.origins.map((o) => sourceName(o, titles)).join('، ')),
    el('section', { 'aria-labelledby': 'reports' }, el('h2', { id: 'reports' },
      `${t('reportsTitle')} (${count(d.reports.length, 'reports')} ${t('inArticles')} `
        + `${count(groups.length, 'articles')})`),
    groups.map((g, i) => reportCard(g, i, titles))),
    el('section', { 'aria-labelledby': 'conflicts' }, el('h2', { id: 'conflicts' },
      t('conflicts')), conflicts(d.conflicts, titles)),
    el('section', { 'aria-labelledby': 'basis' }, el('h2', { id: 'basis' }, t('basis')),
      basis.length ? el('ul', { id: 'basis-lines' }, basis.map((b) => el('li', {}, b)))
        : el('p', {}, t('noBasis'))));
}

/** The article text as paragraphs of runs, each run carrying the marks over it. */
function articleText(a, highlight) {
  const text = points(a.text);
  const spans = [...a.names, ...a.times, ...a.statements, ...a.events];
  if (highlight) spans.push({ start: highlight[0], end: highlight[1], kind: 'hl' });
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); }
  let at = 0;
  while ((at = a.text.indexOf('\n\n', at)) >= 0) {
    const cp = points(a.text.slice(0, at)).length;
    cuts.add(cp); cuts.add(cp + 2); at += 2;
  }
  const sorted = [...cuts].sort((x, y) => x - y);
  const box = el('div', { class: 'article-text', dir: 'auto' });
  let paragraph = el('p');
  let first = null;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [from, to] = [sorted[i], sorted[i + 1]];
    const piece = text.slice(from, to).join('');
    if (piece === '\n\n') { box.append(paragraph); paragraph = el('p'); continue; }
    const over = spans.filter((s) => s.start <= from && s.end >= to);
    if (!over.length) { paragraph.append(piece); continue; }
    const name = over.find((s) => s.kind === 'name' && s.ref);
    const run = name ? link(`#/entity/${encodeURIComponent(name.ref)}`, piece)
      : el('span', {}, piece);
    run.className = over.map((s) => (s.kind === 'hl' ? 'hl' : `m-${s.kind}`)).join(' ');
    run.title = over.filter((s) => s.kind !== 'hl')
      .map((s) => `${t(`${s.kind}s`)}: ${s.label || ''}`).join(' | ');
    if (over.some((s) => s.kind === 'hl') && !first) {
      first = run; run.id = 'highlight'; run.tabIndex = -1;
    }
    paragraph.append(run);
  }
  box.append(paragraph);
  return { box, first };
}

function legend(box) {
  return el('fieldset', { class: 'legend' }, el('legend', {}, t('marks')),
    ['name', 'time', 'statement', 'event'].map((kind) => {
      const input = el('input', { type: 'checkbox', checked: true, id: `show-${kind}` });
      input.addEventListener('change', () => box.classList.toggle(`hide-${kind}`, !input.checked));
      return el('label', { class: `m-${kind}` }, input, ' ', t(`${kind}s`));
    }));
}

async function articlePage(main, id, params) {
  const a = await api(`/articles/${encodeURIComponent(id)}`);
  const s = params.get('s');
  const e = params.get('e');
  const { box, first } = articleText(a, s !== null && e !== null ? [Number(s), Number(e)] : null);
  put(main, el('h1', { tabindex: '-1', dir: 'auto' }, a.title || t('untitled')),
    el('p', { class: 'meta' }, a.outlet ? `${a.outlet} · ` : '',
      a.author ? `${t('author')}: ${a.author} · ` : '',
      `${t('published')}: ${day(a.published)} (${t('basisOf')}: `
        + `${named('publishedBases', a.publishedBasis)})`),
    el('p', { class: 'meta' }, [a.url ? outsideLink(a.url, t('original')) : null,
      a.source ? [`${t('file')}: `, el('bdi', { dir: 'ltr' }, a.source)] : null,
      a.copyOf ? link(`#/article/${encodeURIComponent(a.copyOf)}`, t('copyOf')) : null]
      .filter(Boolean).flatMap((part, i) => (i ? [' · ', part] : [part]))),
    legend(box), box,
    el('details', {}, el('summary', {}, `${t('dropped')} (${a.dropped.length})`),
      a.dropped.length ? el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, t('line')),
        el('th', {}, t('reason')), el('th', {}, t('value')))),
      el('tbody', {}, a.dropped.map((d) => el('tr', {}, el('td', {}, d.line ?? ''),
        el('td', { title: d.description }, d.reason), el('td', { dir: 'auto' }, d.text)))))
        : el('p', {}, t('none'))));
  return first;
}

const QUOTE_MARKS = /^["'«»“”„‟‘’‹›]+|["'«»“”„‟‘’‹›]+$/gu;

/** A statement's words without the quote marks the text carries: the page adds its own pair. */
function unquoted(text) {
  return (text || '').trim().replace(QUOTE_MARKS, '').trim();
}

function statements(title, page, go) {
  return el('section', {}, el('h2', {}, `${title} (${count(page.total, 'statements')})`),
    page.items.length ? el('ul', {},
    page.items.map((s) => el('li', {}, el('q', { dir: 'auto' }, unquoted(s.content)), ' — ', s.speaker,
      ' · ', link(`#/article/${encodeURIComponent(s.article)}?s=${s.start}&e=${s.end}`,
        t('openArticle'))))) : el('p', {}, t('none')),
    page.total > page.limit ? pager(page, go, 'statements') : null);
}

async function entityPage(main, id, params) {
  const offset = Number(params.get('offset') || 0);
  const e = await api(`/entities/${encodeURIComponent(id)}`, { offset, limit: PAGE });
  const filter = e.type === 'place' ? 'place' : 'actor';
  const go = (o) => setHash(`/entity/${encodeURIComponent(id)}`, { offset: String(o) });
  put(main, el('h1', { tabindex: '-1', dir: 'auto' }, e.name),
    el('p', { class: 'meta' },
      `${named('entityTypes', e.type)} · ${count(e.mentions, 'mentions')}`),
    e.aliases.length ? el('p', {}, `${t('aliases')}: ${e.aliases.join('، ')}`) : null,
    el('p', {}, `${t('roles')}: `, Object.entries(e.roles)
      .map(([r, n]) => `${t(r)}: ${count(n, r === 'speaker' ? 'statements' : 'events')}`)
      .join('، ') || t('none')),
    el('p', {}, link(`#/timeline?${filter}=${encodeURIComponent(e.id)}`,
      `${t('eventsOf')}: ${count(e.events, 'events')}`)),
    statements(t('statementsBy'), e.statementsBy, go),
    statements(t('statementsAbout'), e.statementsAbout, go));
}

async function storiesPage(main, params) {
  const offset = Number(params.get('offset') || 0);
  const page = await api('/stories', { offset, limit: PAGE });
  const go = (o) => setHash('/stories', { offset: String(o) });
  put(main, el('h1', { tabindex: '-1' }, t('stories')), pager(page, go, 'stories'),
    page.items.map((s) => el('article', { class: 'event' }, el('h2', { dir: 'auto' },
      link(`#/story/${encodeURIComponent(s.id)}`, s.title)),
      el('p', { class: 'meta' },
        `${count(s.articles, 'articles')} · ${count(s.events, 'events')}`),
      el('ul', { 'aria-label': t('firstArticles') }, s.firstArticles.map((a) => el('li', {},
        link(`#/article/${encodeURIComponent(a.id)}`, a.title || t('untitled')),
        a.outlet ? ` — ${a.outlet}` : ''))))));
}

/** A range of two dates in words, or one date when both are the same. */
function range(first, last) {
  if (!first) return t('undated-status');
  return first === last ? day(first) : `${day(first)} – ${day(last)}`;
}

/**
 * One story: its outlets and dates, then its articles and its events, each a page at a time
 * (one offset pages both, as the API does).
 */
async function storyPage(main, id, params) {
  const offset = Number(params.get('offset') || 0);
  const s = await api(`/stories/${encodeURIComponent(id)}`, { offset, limit: PAGE });
  const go = (o) => setHash(`/story/${encodeURIComponent(id)}`, { offset: String(o) });
  put(main, el('h1', { tabindex: '-1', dir: 'auto' }, s.title),
    el('p', { class: 'meta' },
      `${count(s.articles.total, 'articles')} · ${count(s.events.total, 'events')}`),
    el('p', {}, `${t('publishedRange')}: ${range(s.firstPublished, s.lastPublished)}`),
    el('p', {}, `${t('happenedRange')}: ${range(s.firstDay, s.lastDay)}`),
    el('p', {}, `${t('outlets')}: `, s.outlets.length ? s.outlets
      .map((o) => `${o.outlet} (${count(o.articles, 'articles')})`).join('، ') : t('none')),
    el('section', { 'aria-labelledby': 'story-articles' },
      el('h2', { id: 'story-articles' }, t('storyArticles')),
      s.articles.total > s.articles.limit ? pager(s.articles, go, 'articles') : null,
      s.articles.items.length ? el('ul', { id: 'story-article-list' },
        s.articles.items.map((a) => el('li', {},
          link(`#/article/${encodeURIComponent(a.id)}`, el('bdi', {}, a.title || t('untitled'))),
          a.outlet ? ` — ${a.outlet}` : '',
          a.published ? ` · ${day(a.published)}` : ''))) : el('p', {}, t('none'))),
    el('section', { 'aria-labelledby': 'story-events' },
      el('h2', { id: 'story-events' }, t('storyEvents')),
      s.events.total > s.events.limit ? pager(s.events, go, 'events') : null,
      s.events.items.length ? s.events.items.map(eventLine) : el('p', {}, t('none'))));
}

/** The story an event belongs to, linked by its title (by its id if it cannot be read). */
async function storyLink(storyId) {
  let title = storyId;
  try { title = (await api(`/stories/${encodeURIComponent(storyId)}`, { limit: 1 })).title; }
  catch (e) { /* left as the id */ }
  return el('p', { class: 'story-of' }, `${t('partOfStory')}: `,
    link(`#/story/${encodeURIComponent(storyId)}`, el('bdi', {}, title)));
}

function snippet(hit) {
  const p = points(hit.snippet);
  const out = [];
  let at = 0;
  for (const h of hit.highlights) {
    out.push(p.slice(at, h.start).join(''), el('mark', {}, p.slice(h.start, h.end).join('')));
    at = h.end;
  }
  out.push(p.slice(at).join(''));
  return el('p', { class: 'snippet', dir: 'auto' }, out);
}

async function searchPage(main, params) {
  const q = params.get('q') || '';
  const kind = params.get('kind') || 'all';
  const form = el('form', { class: 'search', role: 'search' },
    el('label', {}, t('query'), el('input', { name: 'q', type: 'search', value: q, dir: 'auto',
      required: true })),
    el('label', {}, t('kind'), el('select', { name: 'kind' }, ['all', 'articles', 'statements',
      'events'].map((k) => el('option', { value: k, selected: k === kind }, t(k))))),
    el('button', { type: 'submit' }, t('search')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    setHash('/search', { q: data.get('q').trim(), kind: data.get('kind') });
  });
  put(main, el('h1', { tabindex: '-1' }, t('search')), form);
  if (!q) return;
  const offset = Number(params.get('offset') || 0);
  const page = await api('/search', { q, kind: kind === 'all' ? null : kind, offset, limit: PAGE });
  const go = (o) => setHash('/search', { q, kind, offset: String(o) });
  put(main, el('h2', {}, `${t('resultsFor')} «${q}»`), pager(page, go, 'results'));
  if (!page.items.length) put(main, el('p', {}, t('noResults')));
  put(main, el('ol', { class: 'hits' }, page.items.map((h) => {
    const at = h.start === null ? '' : `?s=${h.start}&e=${h.end}`;
    const target = h.kind === 'event' ? `#/event/${encodeURIComponent(h.id)}`
      : `#/article/${encodeURIComponent(h.article)}${at}`;
    return el('li', {}, el('p', {}, el('span', { class: 'badge' }, t(h.kind)), ' ',
      link(target, h.title || t('untitled'))), snippet(h));
  })));
}

function figures(title, map, table) {
  const rows = Object.entries(map || {});
  return el('section', {}, el('h2', {}, title), rows.length ? el('table', {}, el('tbody', {},
    rows.map(([k, v]) => el('tr', {}, el('th', { scope: 'row' },
      table ? named(table, k) : t(k)),
      el('td', {}, number(v)))))) : el('p', {}, t('none')));
}

/**
 * The codes of why an input gave no article: those the audit gives, else (an audit stored before
 * it kept them) those written in the engine's sentence.
 */
function unreadCodes(u) {
  if (u.codes && u.codes.length) return u.codes;
  if (u.outcome === 'skipped') return [];
  const codes = problemCodes(u.reason);
  return codes.length ? codes : [u.outcome === 'duplicate' ? 'duplicate' : 'no-article'];
}

/**
 * Why an input gave no article, in the reader's language, on one line that unfolds to the
 * engine's own sentence (English).
 */
function unreadLine(u) {
  const table = u.outcome === 'skipped' ? 'skipNames' : 'problemNames';
  const why = unreadCodes(u).map((c) => named(table, c)).join('، ');
  const line = el('summary', {}, el('bdi', { dir: 'ltr' }, u.source), ' — ',
    named('outcomeNames', u.outcome), why && why !== named('outcomeNames', u.outcome)
      ? `: ${why}` : '',
    u.copyOf ? [' — ', t('copyOfSource'), ' ', el('bdi', { dir: 'ltr' }, u.copyOf)] : null);
  return el('li', {}, u.reason ? el('details', { class: 'unread' }, line,
    el('p', { class: 'engine-detail', lang: 'en', dir: 'ltr' }, u.reason))
    : el('p', {}, [...line.childNodes]));
}

/** The inputs that gave no article, the page the server sent, with a pager asking for more. */
function unreadList(page) {
  const go = (o) => setHash('/audit', { offset: String(o) });
  return el('div', { id: 'unread' }, pager(page, go, 'documents'),
    el('ul', {}, page.items.map(unreadLine)));
}

async function auditPage(main, params) {
  const offset = Number(params.get('offset') || 0);
  const a = await api('/audit', { offset, limit: PAGE });
  put(main, el('h1', { tabindex: '-1' }, t('audit')),
    figures(t('caseHolds'), { documents: a.documents, articles: a.articles, entities: a.entities,
      statements: a.statements, events: a.events, stories: a.stories, skipped: a.skipped }),
    figures(t('outcomes'), a.outcomes, 'outcomeNames'), figures(t('statuses'), a.statuses),
    figures(t('modalities'), a.modalities), figures(t('problems'), a.problems, 'problemNames'),
    el('section', {}, el('h2', {}, `${t('unread')} (${count(a.unread.total, 'documents')})`),
      a.unread.total ? unreadList(a.unread) : el('p', {}, t('none'))));
}

// ---- upload ---------------------------------------------------------------------------

/** Sends one file to the store; reports upload progress, then waits while it is analysed. */
function send(file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API}/documents?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Accept', 'application/json');
    const token = sessionStorage.getItem('isnad.token');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) onProgress('upload', e.loaded / e.total);
    });
    xhr.upload.addEventListener('load', () => onProgress('analyse', null));
    xhr.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = { title: xhr.statusText }; }
      if (xhr.status === 200) resolve(body);
      else reject(new ApiError({ status: xhr.status, ...body }));
    });
    xhr.addEventListener('error', () => reject(new ApiError({ title: t('uploadFailed') })));
    xhr.send(file);
  });
}

/**
 * The problem codes in an engine's reason ("stage/code: message; stage/code: message", as
 * problems are written), named in the reader's language.
 */
function problemCodes(reason) {
  return [...(reason || '').matchAll(/(?:^|; )[a-z]+\/([a-z-]+): /g)].map((m) => m[1]);
}

function reasonNames(reason) {
  return problemCodes(reason).map((c) => named('problemNames', c)).join('، ');
}

/**
 * What became of one uploaded document: named by the file the reader chose (the store's copy of
 * it in the title), its articles linked by number, why it gave none in the reader's language.
 */
function outcome(d, fileName) {
  const articles = d.articles.map((id, i) => link(`#/article/${encodeURIComponent(id)}`,
    d.articles.length > 1 ? `${t('openArticle')} ${i + 1}` : t('openArticle')));
  const why = reasonNames(d.reason);
  return el('li', { class: `outcome ${d.outcome}` }, el('span', { class: 'badge' },
    t(`outcome-${d.outcome}`)), ' ', el('bdi', { dir: 'ltr', title: d.source },
    fileName || d.source), articles.length ? ' — ' : '',
  articles.flatMap((a, i) => (i ? ['، ', a] : [a])), why ? ` — ${why}` : '',
  d.reason ? el('details', { class: 'engine-detail' }, el('summary', {}, t('engineDetail')),
    el('p', { lang: 'en', dir: 'ltr' }, d.reason)) : null);
}

async function uploadPage(main) {
  // the browser's own file button speaks the browser's language; this one speaks the reader's
  const input = el('input', { id: 'files', name: 'files', type: 'file', multiple: true,
    required: true, accept: '.html,.htm,.txt,.warc,.jsonl', class: 'file-input' });
  const chosen = el('span', { id: 'files-chosen', 'aria-live': 'polite' }, t('noFilesChosen'));
  input.addEventListener('change', () => {
    const files = Array.from(input.files);
    chosen.replaceChildren(...(files.length ? [`${count(files.length, 'files')}: `,
      ...files.flatMap((f, i) => [i ? '، ' : '', el('bdi', { dir: 'ltr' }, f.name)])]
      : [t('noFilesChosen')]));
  });
  const bar = el('progress', { id: 'upload-progress', max: 100, hidden: true });
  const said = el('p', { id: 'upload-status', role: 'status', 'aria-live': 'polite' });
  const results = el('ul', { id: 'upload-results', class: 'outcomes' });
  const button = el('button', { type: 'submit' }, t('uploadSubmit'));
  const form = el('form', { class: 'upload' }, el('p', {}, el('label', { for: 'files' },
    t('uploadFile'))), el('p', {}, input, el('label', { for: 'files', class: 'file-button' },
    t('chooseFiles')), ' ', el('bdi', {}, chosen), ' ', button),
  el('p', { class: 'hint' }, t('uploadHint')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    bar.hidden = false;
    results.replaceChildren();
    for (const file of Array.from(input.files)) {
      const progress = (phase, share) => {
        if (phase === 'upload') {
          bar.value = Math.round(share * 100);
          said.textContent = `${t('uploading')} ${file.name} ${bar.value}%`;
        } else {
          bar.removeAttribute('value');
          said.textContent = `${t('analysing')} ${file.name}…`;
        }
      };
      try {
        const answer = await send(file, progress);
        results.append(...answer.documents.map((d) => outcome(d,
          answer.documents.length === 1 ? file.name : null)));
      } catch (err) {
        results.append(el('li', { class: 'outcome failed' }, el('span', { class: 'badge' },
          t('outcome-failed')), ' ', file.name, ` — ${err.message}`));
      }
    }
    bar.hidden = true;
    said.textContent = t('uploadDone');
    button.disabled = false;
  });
  main.append(el('h1', { tabindex: '-1' }, t('upload')), form, bar, said, results);
}

// ---- token and routing -----------------------------------------------------------------

function tokenForm(main) {
  const input = el('input', { id: 'token', type: 'password', autocomplete: 'off', required: true });
  const form = el('form', {}, el('h1', { tabindex: '-1' }, t('tokenTitle')),
    el('label', { for: 'token' }, t('tokenLabel')), ' ', input, ' ',
    el('button', { type: 'submit' }, t('tokenSubmit')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    sessionStorage.setItem('isnad.token', input.value.trim());
    route();
  });
  put(main, form);
  input.focus();
}

/**
 * Shows the page the address names. After a move within the app the page's heading (or the
 * highlighted sentence) takes the focus, so a screen reader reads where the reader went; on the
 * first page of a visit the focus stays at the top, where the skip link is the first stop.
 */
async function route(first) {
  const main = document.getElementById('main');
  const status = document.getElementById('status');
  const { parts, params } = hashParams();
  const fresh = el('main', { id: 'main', tabindex: '-1' });
  status.textContent = t('loading');
  let focusTarget = null;
  try {
    const [page, id] = parts;
    if (page === 'event' && id) await eventPage(fresh, id);
    else if (page === 'article' && id) focusTarget = await articlePage(fresh, id, params);
    else if (page === 'entity' && id) await entityPage(fresh, id, params);
    else if (page === 'stories') await storiesPage(fresh, params);
    else if (page === 'story' && id) await storyPage(fresh, id, params);
    else if (page === 'search') await searchPage(fresh, params);
    else if (page === 'audit') await auditPage(fresh, params);
    else if (page === 'upload') await uploadPage(fresh);
    else await timelinePage(fresh, params);
  } catch (e) {
    fresh.replaceChildren();
    if (e instanceof ApiError && e.problem.status === 401) {
      sessionStorage.removeItem('isnad.token');
      main.replaceWith(fresh);
      tokenForm(fresh);
      status.textContent = t('tokenTitle');
      return;
    }
    const title = e instanceof ApiError && e.problem.status === 404 ? t('notFound') : t('error');
    fresh.append(el('h1', { tabindex: '-1' }, title), el('p', { class: 'error' }, e.message));
  }
  main.replaceWith(fresh);
  status.textContent = '';
  const h1 = fresh.querySelector('h1');
  document.title = h1 ? `${h1.textContent} — ${t('appName')}` : t('appName');
  const heading = focusTarget || h1;
  if (heading && first !== true) heading.focus();
  if (focusTarget) focusTarget.scrollIntoView({ block: 'center' });
}

async function start() {
  await loadLabels(localStorage.getItem('isnad.lang') || 'ar');
  document.getElementById('language').addEventListener('click', async () => {
    await loadLabels(state.lang === 'ar' ? 'en' : 'ar');
    await route();
  });
  document.getElementById('skip').addEventListener('click', (e) => {
    e.preventDefault();
    document.getElementById('main').focus();
  });
  window.addEventListener('hashchange', () => route());
  await route(true);
}

start();
