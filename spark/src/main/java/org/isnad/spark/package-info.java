/**
 * The engine as an Apache Spark job ({@link org.isnad.spark.AnalyzeJob}): the same stage code as
 * {@code isnad analyze}, reached through the engine's public doors only ({@code Ingestor},
 * {@code SiteTemplate}, {@code Isnad.annotateAgainst}, {@code Isnad.link},
 * {@code AnalysisJsonWriter}), with reading, cross-file copies, the site template and the
 * per-article annotation as Spark stages, the near-duplicate candidate pairs and their checks
 * as Spark stages too ({@code CopyChecks}: only the verdicts reach the driver), and the rest of
 * linking on the driver (docs/SCALE.md). Its own
 * Maven module, so the CLI jar holds no Spark.
 */
package org.isnad.spark;
