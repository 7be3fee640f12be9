// Pieces more than one page shows: pagers, badges, event lines, names of sources and stories.
import { api } from './api.js';
import { t, named, count, number, outletName } from './i18n.js';
import { el, link } from './dom.js';

export const PAGE = 50;
// a search page: each hit carries snippets cut from its text, so fewer a page (the API's default)
export const SEARCH_PAGE = 20;

export function pager(page, go, noun) {
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

export function badge(kind) {
  return el('span', { class: `badge ${kind}` }, t(kind === 'undated' ? 'undated-status' : kind));
}

export function names(refs, filter) {
  return refs.map((r, i) => [i > 0 ? '، ' : '',
    link(`#/timeline?${filter}=${encodeURIComponent(r.id)}`, r.name)]);
}

/** An event's type in the reader's language, linked to the timeline of that type. */
export function typeLink(type) {
  return link(`#/timeline?type=${encodeURIComponent(type)}`, named('eventTypes', type));
}

export function eventLine(item) {
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
      item.outlets.map(outletName).join('، ')) : null);
}

/**
 * A source or chain link as a reader sees it: a page whose outlet is unknown is written by the
 * engine as "article ID" and is shown as that page, by its title; a known outlet by its name.
 */
export function sourceName(name, titles) {
  const m = /^article (\S+)$/.exec(name || '');
  if (!m) return outletName(name);
  return `${t('unknownOutletPage')} «${titles[m[1]] || m[1]}»`;
}

/** The story an event belongs to, linked by its title (by its id if it cannot be read). */
export async function storyLink(storyId) {
  let title = storyId;
  try { title = (await api(`/stories/${encodeURIComponent(storyId)}`, { limit: 1 })).title; }
  catch (e) { /* left as the id */ }
  return el('p', { class: 'story-of' }, `${t('partOfStory')}: `,
    link(`#/story/${encodeURIComponent(storyId)}`, el('bdi', {}, title)));
}

/**
 * The problem codes in an engine's reason ("stage/code: message; stage/code: message", as
 * problems are written), named in the reader's language.
 */
export function problemCodes(reason) {
  return [...(reason || '').matchAll(/(?:^|; )[a-z]+\/([a-z-]+): /g)].map((m) => m[1]);
}
