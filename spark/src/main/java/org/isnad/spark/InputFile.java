package org.isnad.spark;

import java.io.Serializable;

/**
 * One file the job reads: its place in the run's reading order, its Hadoop URI, and the source
 * name its documents carry (the path as the user wrote it for a local file, as {@code isnad
 * analyze} names it; else the URI).
 */
record InputFile(int index, String uri, String source) implements Serializable {
  InputFile {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: " + index);
    }
  }
}
