// An article: its text with names, times, statements and events marked, and what was dropped.
import { api } from './api.js';
import { t, named, day, outletName } from './i18n.js';
import { put, el, link, outsideLink, points } from './dom.js';

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

export async function articlePage(main, id, params) {
  const a = await api(`/articles/${encodeURIComponent(id)}`);
  const s = params.get('s');
  const e = params.get('e');
  const { box, first } = articleText(a, s !== null && e !== null ? [Number(s), Number(e)] : null);
  put(main, el('h1', { tabindex: '-1', dir: 'auto' }, a.title || t('untitled')),
    el('p', { class: 'meta' }, a.outlet ? [el('span', { class: 'outlet' }, outletName(a.outlet)), ' · '] : '',
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
