// The stories, and one story with its articles and events.
import { api } from './api.js';
import { t, count, day, range, outletName } from './i18n.js';
import { put, el, link } from './dom.js';
import { setHash } from './router.js';
import { PAGE, pager, eventLine } from './pieces.js';

export async function storiesPage(main, params) {
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
        a.outlet ? ` — ${outletName(a.outlet)}` : ''))))));
}

/**
 * One story: its outlets and dates, then its articles and its events, each a page at a time
 * (one offset pages both, as the API does).
 */
export async function storyPage(main, id, params) {
  const offset = Number(params.get('offset') || 0);
  const s = await api(`/stories/${encodeURIComponent(id)}`, { offset, limit: PAGE });
  const go = (o) => setHash(`/story/${encodeURIComponent(id)}`, { offset: String(o) });
  put(main, el('h1', { tabindex: '-1', dir: 'auto' }, s.title),
    el('p', { class: 'meta' },
      `${count(s.articles.total, 'articles')} · ${count(s.events.total, 'events')}`),
    el('p', {}, `${t('publishedRange')}: ${range(s.firstPublished, s.lastPublished)}`),
    el('p', {}, `${t('happenedRange')}: ${range(s.firstDay, s.lastDay)}`),
    el('p', {}, `${t('outlets')}: `, s.outlets.length ? s.outlets
      .map((o) => `${outletName(o.outlet)} (${count(o.articles, 'articles')})`).join('، ') : t('none')),
    el('section', { 'aria-labelledby': 'story-articles' },
      el('h2', { id: 'story-articles' }, t('storyArticles')),
      s.articles.total > s.articles.limit ? pager(s.articles, go, 'articles') : null,
      s.articles.items.length ? el('ul', { id: 'story-article-list' },
        s.articles.items.map((a) => el('li', {},
          link(`#/article/${encodeURIComponent(a.id)}`, el('bdi', {}, a.title || t('untitled'))),
          a.outlet ? ` — ${outletName(a.outlet)}` : '',
          a.published ? ` · ${day(a.published)}` : ''))) : el('p', {}, t('none'))),
    el('section', { 'aria-labelledby': 'story-events' },
      el('h2', { id: 'story-events' }, t('storyEvents')),
      s.events.total > s.events.limit ? pager(s.events, go, 'events') : null,
      s.events.items.length ? s.events.items.map(eventLine) : el('p', {}, t('none'))));
}
