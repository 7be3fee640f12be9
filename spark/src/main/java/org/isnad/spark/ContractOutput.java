package org.isnad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.isnad.export.AnalysisJsonWriter;
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
    byte[] contract = contract(analysis);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      if (format == OutputFormat.JSON) {
        put(new Path(out), contract, conf);
        return;
      }
      ObjectNode whole = (ObjectNode) JSON.readTree(contract);
      ObjectNode head = JSON.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = whole.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getValue().isArray()) {
          section(out, field.getKey(), field.getValue(), format, spark, conf);
        } else {
          head.set(field.getKey(), field.getValue());
        }
      }
      put(new Path(out, "analysis.json"), JSON.writeValueAsBytes(head), conf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the analysis to " + out, e);
    }
  }

  private static byte[] contract(Analysis analysis) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new AnalysisJsonWriter().write(analysis, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void section(String out, String name, JsonNode elements, OutputFormat format,
      SparkSession spark, Configuration conf) throws IOException {
    List<String> lines = new ArrayList<>(elements.size());
    for (JsonNode element : elements) {
      lines.add(JSON.writeValueAsString(element));
    }
    if (format == OutputFormat.JSONL) {
      String text = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
      put(new Path(out, name + ".jsonl"), text.getBytes(StandardCharsets.UTF_8), conf);
    } else if (!lines.isEmpty()) {
      spark.read().json(spark.createDataset(lines, Encoders.STRING()))
          .write().mode(SaveMode.Overwrite).parquet(new Path(out, name).toString());
    }
  }

  private static void put(Path path, byte[] bytes, Configuration conf) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    try (OutputStream stream = fs.create(path, true)) {
      stream.write(bytes);
    }
  }
}
