/**
 * Scoring annotators on hand-annotated data. The golds built from SaudiNewsNet hold pointers into
 * the corpus, not its text (its licence forbids shipping it); {@link CorpusSentences} reads the
 * text back and checks it.
 */
package org.isnad.eval;
