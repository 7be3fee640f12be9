// Check a claim: the claim (and, optionally, the URLs to consider) sent to POST /api/v1/check;
// the evidence shown side by side, never a verdict. Every piece of the answer is put in the
// page as text.
import { API, ApiError } from './api.js';
import { t, count, state, day as inWords, outletName } from './i18n.js';
import { el, link, outsideLink } from './dom.js';
import { sourceName } from './pieces.js';

async function check(claim, urls) {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  const token = sessionStorage.getItem('isnad.token');
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${API}/check`, { method: 'POST', headers,
    body: JSON.stringify(urls.length ? { claim, urls } : { claim }) });
  let body = null;
  try { body = await response.json(); } catch (e) { body = { title: response.statusText }; }
  if (!response.ok) throw new ApiError({ status: response.status, ...body });
  return body;
}

/** Article titles by id, from the answer's articles (an untitled one is named as such). */
let titles = new Map();

function articleLink(id) {
  return link(`#/article/${encodeURIComponent(id)}`, titles.get(id) || t('untitled'));
}

/** An origin by name: an outlet's code named, a page of unknown outlet by its title. */
function origin(name) {
  return sourceName(name, Object.fromEntries(titles));
}

function when(day) {
  return day ? [' ', el('bdi', {}, inWords(day))] : '';
}

function side(title, groups) {
  return el('section', { class: 'check-side' }, el('h3', {}, title, ' — ',
    count(groups.length, 'independent')), groups.length ? el('ul', {}, groups.map((g) =>
    el('li', {}, el('bdi', {}, origin(g.origin)), ': ', g.articles.flatMap((id, i) =>
      (i ? ['، ', articleLink(id)] : [articleLink(id)]))))) : el('p', {}, t('none')));
}

function summary(s) {
  const parts = [side(t('supporting'), s.supporting), side(t('denying'), s.denying),
    side(t('discussing'), s.discussing)];
  parts.push(el('h3', {}, t('earliestReport')), s.earliest
    ? el('p', {}, articleLink(s.earliest.article), ' — ', el('bdi', {}, s.earliest.outlet || ''),
      when(s.earliest.published))
    : el('p', {}, t('noEarliest')));
  if (s.undated.length) parts.push(el('p', {}, t('undatedReports'), ': ', s.undated.flatMap(
    (id, i) => (i ? ['، ', articleLink(id)] : [articleLink(id)]))));
  parts.push(el('h3', {}, t('spread')), s.spread.length ? el('ul', {}, s.spread.map((r) =>
    el('li', {}, el('span', { class: 'badge' }, t(`how-${r.how}`)), ' ',
      r.how === 'copy' ? articleLink(r.from) : el('bdi', {}, origin(r.from)), when(r.fromPublished),
      state.labels.dir === 'rtl' ? ' ← ' : ' → ', articleLink(r.to), when(r.toPublished))))
    : el('p', {}, t('none')));
  parts.push(el('h3', {}, t('conflictingDetails')), s.conflicts.length ? el('ul', {},
    s.conflicts.map((c) => el('li', {}, el('span', { class: 'badge' }, t(c.field)), ' ',
      c.values.map((v) => el('span', { class: 'conflict-value' }, el('bdi', {}, v.value), ' (',
        v.articles.flatMap((id, i) => [i ? '، ' : '', id === 'claim' ? t('theClaim')
          : articleLink(id)]), ') ')))))
    : el('p', {}, t('none')));
  return parts;
}

function articles(list) {
  return el('ol', { class: 'check-articles' }, list.map((a) => el('li', {},
    el('p', {}, el('span', { class: `badge stance-${a.stance}` }, t(`stance-${a.stance}`)), ' ',
      link(`#/article/${encodeURIComponent(a.article)}`, a.title || t('untitled')), ' — ',
      el('bdi', {}, a.outlet ? outletName(a.outlet) : ''), when(a.published), a.url ? [' ', outsideLink(a.url)] : ''),
    el('p', {}, t('origin'), ': ', el('bdi', {}, origin(a.origin))),
    a.rationale.map((r) => el('blockquote', { dir: 'auto' }, r.sentence)))));
}

export async function checkPage(main) {
  const claim = el('textarea', { id: 'claim', name: 'claim', rows: 3, dir: 'auto',
    required: true, maxlength: 2000 });
  const urls = el('textarea', { id: 'claim-urls', name: 'urls', rows: 2, dir: 'ltr' });
  const said = el('p', { id: 'check-status', role: 'status', 'aria-live': 'polite' });
  const out = el('div', { id: 'check-result' });
  const button = el('button', { type: 'submit' }, t('checkSubmit'));
  const form = el('form', { class: 'check' },
    el('p', {}, el('label', { for: 'claim' }, t('claimLabel'))), el('p', {}, claim),
    el('p', {}, el('label', { for: 'claim-urls' }, t('urlsLabel'))), el('p', {}, urls),
    el('p', {}, button), el('p', { class: 'hint' }, t('checkHint')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    out.replaceChildren();
    said.textContent = t('checking');
    try {
      const given = urls.value.split('\n').map((u) => u.trim()).filter(Boolean);
      const answer = await check(claim.value.trim(), given);
      titles = new Map(answer.articles.map((a) => [a.article, a.title]));
      said.textContent = count(answer.candidates, 'articles');
      out.append(el('h2', {}, t('evidence')), ...summary(answer.summary),
        el('h2', {}, t('articles')), articles(answer.articles),
        answer.problems.length ? el('ul', { class: 'error' }, answer.problems.map((p) =>
          el('li', { lang: 'en', dir: 'ltr' }, p))) : '');
    } catch (err) {
      said.textContent = '';
      out.append(el('p', { class: 'error' }, err.message));
    }
    button.disabled = false;
  });
  main.append(el('h1', { tabindex: '-1' }, t('check')), form, said, out);
}
