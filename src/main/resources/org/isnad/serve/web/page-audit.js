// The audit: what the case holds and what could not be read.
import { api } from './api.js';
import { t, named, count, number } from './i18n.js';
import { put, el } from './dom.js';
import { setHash } from './router.js';
import { PAGE, pager, problemCodes } from './pieces.js';

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

export async function auditPage(main, params) {
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
