/**
 * The timeline stage: copies, stories, events across articles (coreference), independent
 * sources, conflicts and publication dates from the corpus. Depends on {@code model},
 * {@code link} and the annotators' output only.
 */
package org.isnad.timeline;
