package org.isnad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The corpus folder a quote or time gold points into when {@code --data} is not given: baly2018
 * when the gold's first line names it ({@code build_gold.py} of {@code eval/*-baly/} writes it),
 * SaudiNewsNet otherwise.
 */
final class GoldData {
  static final Path SAUDINEWSNET = Path.of("../shared/data/saudinewsnet/dataset");
  static final Path BALY = Path.of("../shared/data/baly2018/dataset");

  private GoldData() {}

  static Path folder(Path gold, Path given) throws IOException {
    if (given != null) {
      return given;
    }
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      return first != null && first.startsWith("#") && first.contains("baly2018") ? BALY
          : SAUDINEWSNET;
    }
  }
}
