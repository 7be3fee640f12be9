package org.isnad.spark;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.isnad.export.AnalysisJsonWriter;
import org.isnad.export.ContractParts;
import org.isnad.model.Analysis;

/**
 * Writes the analysis contract ({@link AnalysisJsonWriter}, the JSON of {@code isnad analyze})
 * to a Hadoop path as one JSON file, or as a folder with a part per section of the contract
 * ({@code documents}, {@code articles}, {@code events}…): {@code SECTION.jsonl} files, or
 * {@code SECTION/} Parquet datasets, and {@code analysis.json} holding the contract's other
 * fields ({@code isnad}, {@code generatedAt}).
 */
final class ContractOutput {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ContractOutput() {}

  static void write(Analysis analysis, String out, OutputFormat format, SparkSession spark) {
    write(ContractParts.of(analysis), out, format, spark);
  }

  /**
   * Writes a run's contract from its sections, read once: streamed to the file (json), or
   * streamed to a local scratch file first and split from there, an element at a time, into
   * its sections (jsonl, parquet). The contract is never held whole in memory.
   */
  static void write(ContractParts parts, String out, OutputFormat format, SparkSession spark) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      if (format == OutputFormat.JSON) {
        Path path = new Path(out);
        try (OutputStream stream = path.getFileSystem(conf).create(path, true)) {
          new AnalysisJsonWriter().write(parts, stream);
        }
        return;
      }
      java.nio.file.Path scratch = Files.createTempFile("isnad-contract", ".json");
      try {
        try (OutputStream stream = Files.newOutputStream(scratch)) {
          new AnalysisJsonWriter().write(parts, stream);
        }
        split(scratch, out, format, spark, conf);
      } finally {
        Files.deleteIfExists(scratch);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the analysis to " + out, e);
    }
  }

  /** The contract in {@code contract} split into its sections under {@code out}. */
  private static void split(java.nio.file.Path contract, String out, OutputFormat format,
      SparkSession spark, Configuration conf) throws IOException {
    ObjectNode head = JSON.createObjectNode();
    try (JsonParser parser = JSON.createParser(contract.toFile())) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        if (parser.nextToken() == JsonToken.START_ARRAY) {
          section(out, field, parser, format, spark, conf);
        } else {
          head.set(field, JSON.readTree(parser));
        }
      }
    }
    put(new Path(out, "analysis.json"), JSON.writeValueAsBytes(head), conf);
  }

  /**
   * One section, its elements read from {@code parser} one at a time into a JSON lines file
   * under {@code out}: the section's file (jsonl), or a scratch file
   * ({@code SECTION.lines.jsonl}) that Spark's executors read into the section's Parquet
   * dataset, then deleted (parquet).
   */
  private static void section(String out, String name, JsonParser parser, OutputFormat format,
      SparkSession spark, Configuration conf) throws IOException {
    boolean jsonl = format == OutputFormat.JSONL;
    Path lines = new Path(out, jsonl ? name + ".jsonl" : name + ".lines.jsonl");
    FileSystem fs = lines.getFileSystem(conf);
    long count = 0;
    try {
      try (java.io.Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
          fs.create(lines, true), StandardCharsets.UTF_8))) {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          writer.write(JSON.writeValueAsString(JSON.readTree(parser)));
          writer.write('\n');
          count++;
        }
      }
      if (!jsonl && count > 0) {
        spark.read().json(lines.toString())
            .write().mode(SaveMode.Overwrite).parquet(new Path(out, name).toString());
      }
    } finally {
      if (!jsonl) {
        fs.delete(lines, false);
      }
    }
  }

  private static void put(Path path, byte[] bytes, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    try (OutputStream stream = fs.create(path, true)) {
      stream.write(bytes);
    }
  }
}
