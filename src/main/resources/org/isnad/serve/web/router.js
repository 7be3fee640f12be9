// The address: which page the hash names, moving to another, and the token form when the
// server asks for one.
import { ApiError } from './api.js';
import { t } from './i18n.js';
import { put, el } from './dom.js';

/**
 * The app's pages, as app.js lists them: [name, whether it needs an id, render(main, id, params)
 * resolving to the element to focus or nothing]; the first is the one an unknown address shows.
 */
const pages = [];

/** Adds the app's pages (see pages). */
export function addPages(table) {
  pages.push(...table);
}

function hashParams() {
  const hash = location.hash.slice(1) || '/timeline';
  const [path, query] = hash.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent),
    params: new URLSearchParams(query || '') };
}

export function setHash(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  location.hash = `${path}${query.toString() ? `?${query}` : ''}`;
}

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
export async function route(first) {
  const main = document.getElementById('main');
  const status = document.getElementById('status');
  const { parts, params } = hashParams();
  const fresh = el('main', { id: 'main', tabindex: '-1' });
  status.textContent = t('loading');
  let focusTarget = null;
  try {
    const [page, id] = parts;
    const [, , render] = pages.find(([name, needsId]) => name === page && (id || !needsId))
      || pages[0];
    focusTarget = (await render(fresh, id, params)) || null;
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
  const h1 = fresh.querySelector('h1');
  document.title = h1 ? `${h1.textContent} — ${t('appName')}` : t('appName');
  const heading = focusTarget || h1;
  if (heading && first !== true) heading.focus();
  if (focusTarget) focusTarget.scrollIntoView({ block: 'center' });
}
