package org.isnad.store;

/** The two stores a parameterised test runs on ({@link PostgresServer#folder}). */
public enum StoreKind {
  SQLITE,
  POSTGRESQL
}
