// An event: its reports in their paragraphs with the sentence marked, each report's chain,
// date basis and origin, its conflicts side by side and why its reports were merged.
import { api } from './api.js';
import { state, t, named, count, number, day, when, outletName } from './i18n.js';
import { put, el, link, outsideLink, points } from './dom.js';
import { badge, names, typeLink, sourceName, storyLink } from './pieces.js';

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
    el('h3', { id: `report-${index}`, class: 'outlet' },
      a.outlet ? outletName(a.outlet) : t('unknownOutlet')),
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
        el('span', { class: 'when-basis' },
          `${t('dateBasis')}: ${named('whenBases', r.whenBasis || 'none')} · `),
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
        link(`#/article/${encodeURIComponent(a.id)}`, a.outlet ? outletName(a.outlet)
          : a.title || t('untitled'))))),
      v.sources.length ? el('p', { class: 'meta' }, `${t('origins')}: ${v.sources.map((o) => sourceName(o, titles)).join('، ')}`)
        : null)))));
}

export /**
 * Why the event has its date, or none, in the reader's language: the bases its dated reports
 * give (sentence, context), else the reasons its reports give none; each once.
 */
function dateBases(reports) {
  const dated = reports.filter((r) => r.when);
  const bases = (dated.length ? dated : reports).map((r) => r.whenBasis || 'none');
  return [...new Set(bases)].map((b) => named('whenBases', b)).join('، ');
}

export async function eventPage(main, id) {
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
    el('p', { id: 'date-basis' }, `${t('dateBasis')}: ${when(e)} (${dateBases(d.reports)})`),
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
