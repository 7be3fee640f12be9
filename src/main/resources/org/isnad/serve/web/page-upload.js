// The upload page: files sent one at a time, with progress, and what became of each.
import { API, ApiError } from './api.js';
import { t, named, count } from './i18n.js';
import { el, link } from './dom.js';
import { problemCodes } from './pieces.js';

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

export async function uploadPage(main) {
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
