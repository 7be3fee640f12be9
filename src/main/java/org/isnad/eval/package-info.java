/**
 * Scoring annotators on hand-annotated data. The golds built from SaudiNewsNet hold pointers into
 * the corpus, not its text (its licence forbids shipping it); {@link CorpusSentences} reads the
 * text back and checks it. The evaluations reach the engine only through its facade
 * ({@link org.isnad.Isnad}, {@link org.isnad.Training}), never a stage package, so they score
 * what a run does.
 */
package org.isnad.eval;
