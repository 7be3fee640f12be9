// An actor or a place: names, roles and the statements by and about it.
import { api } from './api.js';
import { t, named, count } from './i18n.js';
import { put, el, link } from './dom.js';
import { setHash } from './router.js';
import { PAGE, pager } from './pieces.js';

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

export async function entityPage(main, id, params) {
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
