/**
 * Scoring the time annotator on the hand-annotated SaudiNewsNet sentences ({@code eval/time}):
 * span precision/recall/F1 (strict and relaxed), type and value accuracy. The gold holds
 * pointers into the corpus, not its text; {@link CorpusSentences} reads the text back.
 */
package org.isnad.eval.time;
