package org.isnad.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop settings carried to the executors (a {@link Configuration} is not
 * serializable), so a file system the driver can list (credentials, endpoints) is one the tasks
 * can read.
 */
record HadoopSettings(Map<String, String> values) implements Serializable {
  HadoopSettings {
    values = new HashMap<>(values);
  }

  static HadoopSettings of(Configuration conf) {
    Map<String, String> values = new HashMap<>();
    conf.forEach(e -> values.put(e.getKey(), e.getValue()));
    return new HadoopSettings(values);
  }

  Configuration configuration() {
    Configuration conf = new Configuration(false);
    values.forEach(conf::set);
    return conf;
  }
}
