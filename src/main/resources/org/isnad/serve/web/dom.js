// Building the page: every piece of page content is put in as text (textContent, text
// nodes), never as HTML; an outside URL is linked only when it is http or https.

/** Appends children to a node as el() does: arrays flattened, null and undefined left out. */
export function put(node, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An element with attributes and children (strings become text nodes). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  return put(node, ...children);
}

export function link(href, ...children) {
  return el('a', { href }, ...children);
}

export function outsideLink(url, text) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return el('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank' },
        text || url);
    }
  } catch (e) { /* not a URL: shown as text */ }
  return el('span', {}, url);
}

/** Code points of a string: API offsets count code points, not UTF-16 units. */
export function points(text) {
  return Array.from(text || '');
}
