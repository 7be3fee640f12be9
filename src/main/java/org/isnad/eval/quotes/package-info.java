/** Scoring reported statements (cue, speaker, content, chain) on the hand-annotated gold. */
package org.isnad.eval.quotes;
