// The API: JSON over fetch, with the token when the reader gave one; a failure is an
// ApiError carrying the RFC 9457 problem.

// isnad web app: a hand-written module, no framework. Every piece of page content is put in
// the page as text (textContent, text nodes), never as HTML; links are built from ids, and an
// outside URL is linked only when it is http or https.
export const API = '/api/v1';

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
}

export async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') query.set(k, v);
  }
  const url = API + path + (query.toString() ? `?${query}` : '');
  const headers = { Accept: 'application/json' };
  const token = sessionStorage.getItem('isnad.token');
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url, { headers });
  let body = null;
  try { body = await response.json(); } catch (e) { body = { title: response.statusText }; }
  if (!response.ok) throw new ApiError({ status: response.status, ...body });
  return body;
}
