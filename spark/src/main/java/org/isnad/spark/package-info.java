/**
 * The engine as an Apache Spark job ({@link org.isnad.spark.AnalyzeJob}): the same stage code as
 * {@code isnad analyze}, reached through the engine's public doors only ({@code Ingestor},
 * {@code SiteTemplate}, {@code Isnad.annotateAgainst}, {@code LinkedArticles},
 * {@code EntityLinker}, {@code StorySteps}, {@code EventBlocks}, {@code EventAssembly},
 * {@code CorpusDating}, {@code AnalysisJsonWriter} with {@code ContractParts}). Every stage runs
 * as Spark stages: reading, cross-file copies, the site template, the per-article annotation,
 * near-duplicate copies ({@code CopyChecks}, {@code CopyGroups}), entities by name keys
 * ({@code EntityStages}), stories by name and lead-word keys ({@code StoryStages}), events by
 * block with their sources and conflicts ({@code EventStages}), corpus dates and the stories'
 * lists ({@code TimelineStages}); the driver reads tables of names, entities and links and writes
 * the contract a partition at a time (docs/SCALE.md). Its own Maven module, so the CLI jar holds
 * no Spark.
 */
package org.isnad.spark;
