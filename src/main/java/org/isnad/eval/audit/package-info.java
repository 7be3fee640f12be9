/**
 * Gold-free checks on an analysis JSON ({@code isnad audit}): signs that something went wrong
 * which need no hand annotation, such as a story holding a large share of the corpus, more
 * independent sources than publishers, or publication dates that contradict the URL's day.
 * {@link org.isnad.eval.audit.Audit} computes an {@link org.isnad.eval.audit.AuditResult};
 * the command only prints it.
 */
package org.isnad.eval.audit;
