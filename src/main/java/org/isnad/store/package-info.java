/**
 * What a case holds and how the server reads it: {@link org.isnad.store.CaseView}, the read
 * interface (a paged timeline with filters, events, articles, entities, stories, search, audit),
 * and {@link org.isnad.store.AnalysisView}, its implementation over one analysis in memory.
 */
package org.isnad.store;
