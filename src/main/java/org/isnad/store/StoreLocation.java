package org.isnad.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where a store lives, as {@code --store} names it: a folder (the embedded SQLite store,
 * {@code DIR/isnad.db}), or a PostgreSQL database named by a URL
 * {@code postgresql://HOST[:PORT]/DB?user=U&password=P} (other parameters go to the JDBC
 * driver as they are).
 *
 * <p>Every store has a local {@linkplain #folder() folder} for what lives outside SQL: the
 * Lucene search index, the add lock and the file that hands adds to a running server. For a
 * PostgreSQL store it is a working folder: the URL's parameter {@code work=DIR}, else
 * {@code $XDG_CACHE_HOME/isnad/postgresql/HOST-PORT-DB} (default {@code ~/.cache}). The working
 * folder remembers its database in {@code postgresql.url} (readable by its owner only, as it
 * may hold the password), so the code that is handed a store folder opens the database; the
 * search index in it is rebuilt from the database whenever it is missing or behind it (its
 * checkpoint is the store's version), so deleting the folder loses nothing.
 *
 * <p>Thread safe (immutable). {@link #toString()} never shows the password.
 */
public final class StoreLocation {
  /** The file of a working folder that names its PostgreSQL database. */
  public static final String LINK = "postgresql.url";
  private static final String SCHEME = "postgresql://";
  private static final String WORK = "work";
  private final Path folder;
  /** The URL as given (work parameter left out), or null for a folder. */
  private final String url;
  private final URI parsed;

  private StoreLocation(Path folder, String url, URI parsed) {
    this.folder = folder;
    this.url = url;
    this.parsed = parsed;
  }

  /**
   * The location {@code value} names: a {@code postgresql://} URL or a folder.
   *
   * @throws IllegalArgumentException naming {@code value} when it is blank, a URL of another
   *     database, or a PostgreSQL URL without a host or database
   */
  public static StoreLocation parse(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("the store must be a folder or a postgresql:// URL: '"
          + value + "'");
    }
    if (value.startsWith(SCHEME)) {
      return database(value, null);
    }
    if (value.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      throw new IllegalArgumentException("the store must be a folder or a postgresql:// URL: "
          + safe(value));
    }
    return at(Path.of(value));
  }

  /**
   * The store whose local folder is {@code folder}: the PostgreSQL database its
   * {@value #LINK} names, else the SQLite store in it.
   */
  public static StoreLocation at(Path folder) {
    Path link = folder.resolve(LINK);
    if (!Files.isRegularFile(link)) {
      return new StoreLocation(folder, null, null);
    }
    try {
      return database(Files.readString(link, StandardCharsets.UTF_8).strip(), folder);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + link + ": " + e, e);
    }
  }

  private static StoreLocation database(String value, Path folder) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a postgresql:// URL: " + safe(value), e);
    }
    String db = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (uri.getHost() == null || db.isEmpty() || db.contains("/")) {
      throw new IllegalArgumentException("a PostgreSQL store is postgresql://HOST[:PORT]/DB"
          + "?user=…&password=…: " + safe(value));
    }
    Map<String, String> parameters = parameters(uri.getRawQuery(), value);
    String work = parameters.remove(WORK);
    Path at = folder != null ? folder : work != null ? Path.of(work) : cache(uri, db);
    String kept = SCHEME + uri.getRawAuthority() + uri.getRawPath() + query(parameters);
    return new StoreLocation(at, kept, uri);
  }

  private static Map<String, String> parameters(String query, String value) {
    Map<String, String> out = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("a URL parameter is NAME=VALUE: '" + pair + "' in "
            + safe(value));
      }
      out.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String query(Map<String, String> parameters) {
    return parameters.isEmpty() ? "" : parameters.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&", "?", ""));
  }

  /** The default working folder of a database, named from its host, port and name. */
  private static Path cache(URI uri, String db) {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    String name = (uri.getHost() + "-" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + "-" + db)
        .replaceAll("[^A-Za-z0-9._-]", "_");
    return base.resolve("isnad").resolve("postgresql").resolve(name);
  }

  /** The URL with its password hidden, for messages. */
  private static String safe(String value) {
    return value.replaceAll("(?i)(password=)[^&]*", "$1***")
        .replaceAll("//([^/@:]*):[^/@]*@", "//$1:***@");
  }

  /** The local folder: the store folder, or a PostgreSQL store's working folder. */
  public Path folder() {
    return folder;
  }

  /** Whether the store is a PostgreSQL database. */
  public boolean isDatabase() {
    return url != null;
  }

  /** The dialect of the store's SQL. */
  public Dialect dialect() {
    return isDatabase() ? Dialect.POSTGRESQL : Dialect.SQLITE;
  }

  /**
   * Whether a store is there to read: the SQLite file, or a working folder linked to its
   * database (the database itself is reached only when opened).
   */
  public boolean exists() {
    return Files.isRegularFile(isDatabase() ? folder.resolve(LINK)
        : folder.resolve(SqlStore.FILE));
  }

  /**
   * Makes the local folder and, for a PostgreSQL store, its {@value #LINK} (owner-only
   * permissions where the file system has them); returns the folder, which then names this
   * store wherever a store folder is taken.
   *
   * @throws IllegalArgumentException when the folder cannot be made or is linked to another
   *     database
   */
  public Path prepared() {
    try {
      if (Files.exists(folder) && !Files.isDirectory(folder)) {
        throw new IllegalArgumentException("the store must be a folder: " + folder);
      }
      Files.createDirectories(folder);
      if (isDatabase()) {
        link();
      }
      return folder;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot create the store folder " + folder + ": " + e, e);
    }
  }

  private void link() throws IOException {
    Path link = folder.resolve(LINK);
    if (Files.isRegularFile(link)) {
      StoreLocation before = at(folder);
      if (!before.parsed.getHost().equals(parsed.getHost()) || before.port() != port()
          || !before.parsed.getPath().equals(parsed.getPath())) {
        throw new IllegalArgumentException("the folder " + folder + " works for the store "
            + before + ", not " + this + "; give another work=DIR");
      }
    }
    Path temp = Files.createTempFile(folder, ".postgresql", ".url");
    try {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // a file system without POSIX permissions: the folder's own protection applies
    }
    Files.writeString(temp, url + "\n", StandardCharsets.UTF_8);
    Files.move(temp, link, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private int port() {
    return parsed.getPort() < 0 ? 5432 : parsed.getPort();
  }

  /** A new connection to the database (a PostgreSQL store only). */
  Connection connect() throws SQLException {
    if (!isDatabase()) {
      throw new IllegalStateException("not a database: " + folder);
    }
    return DriverManager.getConnection("jdbc:" + url);
  }

  /** What messages call the store: the SQLite file, or the URL without its password. */
  @Override
  public String toString() {
    return isDatabase() ? safe(url) : folder.resolve(SqlStore.FILE).toString();
  }
}
