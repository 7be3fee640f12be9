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
  return form ? form.replace('{n}', String(n)) : `${n} ${noun}`;
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
  nav.append(prev, el('span', {}, `${t('shown')} ${first}–${last} ${t('of')} `
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

function filterForm(params) {
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': t('filters') });
  const input = (name, type) => el('label', {}, t(name), el('input', {
    name, type: type || 'text', value: params.get(name) || '', dir: 'auto' }));
  const select = (name, options, label) => {
    const s = el('select', { name }, el('option', { value: '' }, t('any')),
      options.map((o) => el('option', { value: o, selected: params.get(name) === o },
        (label || t)(o))));
    return el('label', {}, t(name), s);
  };
  const types = Object.keys(state.labels.eventTypes || {});
  form.append(input('from', 'date'), input('to', 'date'),
    select('type', types, (o) => named('eventTypes', o)), input('actor'),
    input('place'), input('outlet'), input('origin'),
    select('status', ['corroborated', 'contested', 'single']),
    select('modality', ['asserted', 'negated', 'unrealised']),
    el('div', {}, el('button', { type: 'submit' }, t('apply')), ' ',
      link('#/timeline', t('clear'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
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
  put(main, el('h1', { tabindex: '-1' }, t('timeline')), filterForm(params));
  const active = FILTERS.filter((n) => params.get(n));
  if (active.length) {
    const shown = await Promise.all(active.map(async (n) => {
      if (n === 'type') return named('eventTypes', params.get(n));
      if (n === 'status' || n === 'modality') return t(params.get(n));
      if (n !== 'actor' && n !== 'place') return params.get(n);
      try {
        return (await api(`/entities/${encodeURIComponent(params.get(n))}`, { limit: 1 })).name;
      } catch (e) {
        return params.get(n);
      }
    }));
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

/** A paragraph with the code point range [from, to) marked. */
function marked(text, from, to) {
  const p = points(text);
  return [p.slice(0, from).join(''), el('mark', {}, p.slice(from, to).join('')),
    p.slice(to).join('')];
}

function chain(steps) {
  return el('ol', { class: 'chain', 'aria-label': t('chain') }, steps.map((s) =>
    el('li', {}, s.name, s.role ? el('span', { class: 'role' }, `(${t(s.role)})`) : null)));
}

function report(r, index) {
  const from = r.start - r.paragraphStart;
  const to = r.end - r.paragraphStart;
  return el('article', { class: 'event report', 'aria-labelledby': `report-${index}` },
    el('h3', { id: `report-${index}` }, r.outlet || r.title || t('untitled')),
    el('p', { class: 'meta' }, [r.title, r.published ? `${t('published')}: ${day(r.published)}`
      : null, r.when ? `${t('event')}: ${day(r.when)}` : null].filter(Boolean).join(' · ')),
    el('p', { class: 'paragraph', dir: 'auto' }, marked(r.paragraph, from, to)),
    el('p', {}, `${t('chain')}: `), chain(r.chain),
    el('p', {}, `${t('countedUnder')}: `, el('strong', {}, r.origin)),
    el('p', {}, link(`#/article/${encodeURIComponent(r.article)}?s=${r.start}&e=${r.end}`,
      t('openArticle')), r.url ? [' · ', outsideLink(r.url, t('original'))] : null));
}

function conflicts(list) {
  if (!list.length) return el('p', {}, t('noConflicts'));
  return list.map((c) => el('section', { class: 'conflict-block' },
    el('h3', {}, t(c.field), c.note ? ` — ${c.note}` : ''),
    el('div', { class: 'conflict' }, c.values.map((v) => el('div', {},
      el('p', {}, el('strong', {}, v.value)),
      el('ul', {}, v.articles.map((a) => el('li', {},
        link(`#/article/${encodeURIComponent(a.id)}`, a.outlet || a.title || t('untitled'))))),
      v.sources.length ? el('p', { class: 'meta' }, `${t('origins')}: ${v.sources.join('، ')}`)
        : null)))));
}

async function eventPage(main, id) {
  const d = await api(`/events/${encodeURIComponent(id)}`);
  const e = d.event;
  put(main, el('h1', { tabindex: '-1' }, e.summary),
    el('p', { class: 'meta' }, badge(e.status),
      e.modality === 'asserted' ? null : badge(e.modality), ' ', typeLink(e.type), ' · ',
      when(e), ` · ${count(e.reports, 'reports')}`),
    e.actors.length ? el('p', {}, `${t('actors')}: `, names(e.actors, 'actor')) : null,
    d.agents.length ? el('p', {}, `${t('agents')}: `, names(d.agents, 'actor')) : null,
    e.places.length ? el('p', {}, `${t('places')}: `, names(e.places, 'place')) : null,
    el('p', {}, `${count(e.independent, 'independent')}: `, d.origins.join('، ')),
    el('section', { 'aria-labelledby': 'reports' }, el('h2', { id: 'reports' },
      t('reportsTitle')), d.reports.map(report)),
    el('section', { 'aria-labelledby': 'conflicts' }, el('h2', { id: 'conflicts' },
      t('conflicts')), conflicts(d.conflicts)),
    el('section', { 'aria-labelledby': 'basis' }, el('h2', { id: 'basis' }, t('basis')),
      d.basis.length ? el('ul', {}, d.basis.map((b) => el('li', {}, b)))
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
    el('p', { class: 'meta' }, a.url ? outsideLink(a.url, t('original')) : null,
      a.source ? ` · ${t('file')}: ${a.source}` : '',
      a.copyOf ? [' · ', link(`#/article/${encodeURIComponent(a.copyOf)}`, t('copyOf'))]
        : null),
    legend(box), box,
    el('details', {}, el('summary', {}, `${t('dropped')} (${a.dropped.length})`),
      a.dropped.length ? el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, t('line')),
        el('th', {}, t('reason')), el('th', {}, t('value')))),
      el('tbody', {}, a.dropped.map((d) => el('tr', {}, el('td', {}, d.line ?? ''),
        el('td', { title: d.description }, d.reason), el('td', { dir: 'auto' }, d.text)))))
        : el('p', {}, t('none'))));
  return first;
}

function statements(title, page, go) {
  return el('section', {}, el('h2', {}, `${title} (${count(page.total, 'statements')})`),
    page.items.length ? el('ul', {},
    page.items.map((s) => el('li', {}, el('q', { dir: 'auto' }, s.content), ' — ', s.speaker,
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
    page.items.map((s) => el('article', { class: 'event' }, el('h2', { dir: 'auto' }, s.title),
      el('p', { class: 'meta' },
        `${count(s.articles, 'articles')} · ${count(s.events, 'events')}`),
      el('ul', { 'aria-label': t('firstArticles') }, s.firstArticles.map((a) => el('li', {},
        link(`#/article/${encodeURIComponent(a.id)}`, a.title || t('untitled')),
        a.outlet ? ` — ${a.outlet}` : ''))))));
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
      el('td', {}, v))))) : el('p', {}, t('none')));
}

/** Why an input gave no article, in the reader's language; the engine's sentence apart. */
function unreadLine(u) {
  const table = u.outcome === 'skipped' ? 'skipNames' : 'problemNames';
  const why = (u.codes || []).map((c) => named(table, c)).join('، ');
  return el('li', {}, el('bdi', { dir: 'ltr' }, u.source), ' — ',
    named('outcomeNames', u.outcome), why ? `: ${why}` : '',
    u.copyOf ? [' — ', t('copyOfSource'), ' ', el('bdi', { dir: 'ltr' }, u.copyOf)] : null,
    u.reason ? el('details', { class: 'engine-detail' }, el('summary', {}, t('engineDetail')),
      el('p', { lang: 'en', dir: 'ltr' }, u.reason)) : null);
}

async function auditPage(main) {
  const a = await api('/audit');
  put(main, el('h1', { tabindex: '-1' }, t('audit')),
    figures(t('audit'), { documents: a.documents, articles: a.articles, entities: a.entities,
      statements: a.statements, events: a.events, stories: a.stories, skipped: a.skipped }),
    figures(t('outcomes'), a.outcomes, 'outcomeNames'), figures(t('statuses'), a.statuses),
    figures(t('modalities'), a.modalities), figures(t('problems'), a.problems, 'problemNames'),
    el('section', {}, el('h2', {}, t('unread')), a.unread.length
      ? el('ul', { id: 'unread' }, a.unread.map(unreadLine)) : el('p', {}, t('none'))));
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

function outcome(d) {
  const articles = d.articles.map((id) => link(`#/article/${encodeURIComponent(id)}`,
    el('bdi', {}, id)));
  return el('li', { class: `outcome ${d.outcome}` }, el('span', { class: 'badge' },
    t(`outcome-${d.outcome}`)), ' ', el('bdi', { dir: 'ltr' }, d.source), articles.length ? ' — ' : '',
  articles.flatMap((a, i) => (i ? [', ', a] : [a])), d.reason ? ` — ${d.reason}` : '');
}

async function uploadPage(main) {
  const input = el('input', { id: 'files', name: 'files', type: 'file', multiple: true,
    required: true, accept: '.html,.htm,.txt,.warc,.jsonl' });
  const bar = el('progress', { id: 'upload-progress', max: 100, hidden: true });
  const said = el('p', { id: 'upload-status', role: 'status', 'aria-live': 'polite' });
  const results = el('ul', { id: 'upload-results', class: 'outcomes' });
  const button = el('button', { type: 'submit' }, t('uploadSubmit'));
  const form = el('form', { class: 'upload' }, el('label', { for: 'files' }, t('uploadFile')),
    ' ', input, ' ', button, el('p', { class: 'hint' }, t('uploadHint')));
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
        results.append(...answer.documents.map(outcome));
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
    else if (page === 'search') await searchPage(fresh, params);
    else if (page === 'audit') await auditPage(fresh);
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
  const heading = focusTarget || fresh.querySelector('h1');
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
