/**
 * Arabic full-text search of a store: {@link org.isnad.store.search.SearchIndex} keeps
 * {@link org.isnad.store.search.SearchEntry}s (articles, statements, events under the engine's
 * stable ids) in a Lucene index and answers a {@link org.isnad.store.search.SearchQuery} with a
 * page of {@link org.isnad.store.search.SearchHit}s whose {@link org.isnad.store.search.Snippet}s
 * mark matches by offsets, never markup; {@link org.isnad.store.search.SearchReader} searches the
 * same directory read-only, beside a writer in this or another process, with the same query and
 * snippet code; {@link org.isnad.store.search.SearchIndex#replaceWith} puts only the entries whose
 * content changed. {@link org.isnad.store.search.SearchEntries} makes the
 * entries of the engine's results. Everything else (the analysis chain, its letter rules and
 * clitic variants, the query reader, the highlighter) is package-private.
 *
 * <p>Depends on the model and the text package's rule files only; nothing earlier in the
 * pipeline depends on it.
 */
package org.isnad.store.search;
