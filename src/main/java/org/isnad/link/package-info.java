/**
 * Linking across mentions and articles: one actor with many names (clitics, surnames, spelling
 * variants) becomes one entity for the whole run.
 */
package org.isnad.link;
