// Search over articles, statements and events, with highlighted snippets.
import { api } from './api.js';
import { t } from './i18n.js';
import { put, el, link, points } from './dom.js';
import { setHash } from './router.js';
import { SEARCH_PAGE, pager } from './pieces.js';

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

export async function searchPage(main, params) {
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
  const page = await api('/search',
    { q, kind: kind === 'all' ? null : kind, offset, limit: SEARCH_PAGE });
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
