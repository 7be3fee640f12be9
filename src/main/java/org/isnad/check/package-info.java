/**
 * Stage 7, check: a claim in, evidence out. The stance of each candidate article toward the
 * claim with its rationale sentences ({@link org.isnad.check.StanceJudge}), grouped by
 * independent origin, with the earliest report and how it spread. Evidence, never a verdict.
 * Depends on {@code model} and the earlier stages.
 */
package org.isnad.check;
