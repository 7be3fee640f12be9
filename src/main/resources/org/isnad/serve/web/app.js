// isnad web app: plain ES modules, no framework and no build step, each served from the jar
// (WebAssets.MODULES). This one loads the labels, lists the pages and starts the router.
import { state, loadLabels } from './i18n.js';
import { addPages, route } from './router.js';
import { timelinePage } from './page-timeline.js';
import { eventPage } from './page-event.js';
import { articlePage } from './page-article.js';
import { entityPage } from './page-entity.js';
import { storiesPage, storyPage } from './page-stories.js';
import { searchPage } from './page-search.js';
import { auditPage } from './page-audit.js';
import { uploadPage } from './page-upload.js';
import { checkPage } from './page-check.js';

addPages([
  ['timeline', false, (main, id, params) => timelinePage(main, params)],
  ['event', true, (main, id) => eventPage(main, id)],
  ['article', true, articlePage],
  ['entity', true, entityPage],
  ['stories', false, (main, id, params) => storiesPage(main, params)],
  ['story', true, storyPage],
  ['search', false, (main, id, params) => searchPage(main, params)],
  ['audit', false, (main, id, params) => auditPage(main, params)],
  ['upload', false, (main) => uploadPage(main)],
  ['check', false, (main) => checkPage(main)],
]);

async function start() {
  await loadLabels(localStorage.getItem('isnad.lang') || 'ar');
  document.getElementById('language').addEventListener('click', async () => {
    await loadLabels(state.lang === 'ar' ? 'en' : 'ar');
    await route();
  });
  document.getElementById('skip').addEventListener('click', (e) => {
    e.preventDefault();
    document.getElementById('main').focus();
  });
  window.addEventListener('hashchange', () => route());
  await route(true);
}

start();
