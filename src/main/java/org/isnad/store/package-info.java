/**
 * The store of a case that grows ({@code isnad add}) and how the server reads a case.
 *
 * <p>The store keeps every document as read and as annotated, the site template's line counts,
 * and the tables derived from the whole case (entities, events with the columns and join tables
 * an API filters on, stories, the rest of the timeline), keyed by the engine's content-derived
 * ids. {@link org.isnad.store.Store} is the contract; {@link org.isnad.store.SqlStore} its
 * implementation on SQL with versioned migrations ({@code migrations/VN__name.sql}): the embedded
 * default, one SQLite file in a folder, or a PostgreSQL database
 * ({@link org.isnad.store.StoreLocation}: {@code --store postgresql://…}, with a local working
 * folder for the search index), the statements' differences held by
 * {@link org.isnad.store.Dialect}. What to add and how to analyse it is decided in
 * {@code org.isnad.StoreAdd}, through the facade.
 *
 * <p>{@link org.isnad.store.CaseView} is the read interface the server shows a case through (a
 * paged timeline with filters, events, articles, entities, stories, search, audit), and
 * {@link org.isnad.store.AnalysisView} its implementation over one analysis in memory,
 * {@link org.isnad.store.StoreView} over a store on one connection and
 * {@link org.isnad.store.StoreViews} over a store on several (the server's). Both kinds search
 * through the same Lucene analysis and query code ({@code org.isnad.store.search}).
 */
package org.isnad.store;
