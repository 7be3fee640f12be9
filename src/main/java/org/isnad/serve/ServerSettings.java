package org.isnad.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where a server listens and what it asks of callers. It binds the loopback address unless told
 * otherwise; binding any other address needs a token, which every API request must then carry
 * as {@code Authorization: Bearer TOKEN}. A token may also be set on loopback.
 *
 * @param bind the address to bind (an IP address or a host name)
 * @param port the port, 0 for any free one
 * @param token the bearer token, or {@code null} for none (loopback only)
 * @param keptMiB how many MiB of read answers the server keeps for the case's current version
 *     (0: none, every request is answered afresh)
 */
public record ServerSettings(String bind, int port, String token, int keptMiB) {
  /** The loopback address bound by default. */
  public static final String LOOPBACK = "127.0.0.1";
  /** The fewest characters a token may have. */
  public static final int MIN_TOKEN = 16;
  /** The MiB of read answers kept by default. */
  public static final int KEPT_MIB = 64;
  /** The most MiB of read answers a server may keep. */
  public static final int MAX_KEPT_MIB = 4096;

  public ServerSettings {
    if (bind == null || bind.isBlank()) {
      throw new IllegalArgumentException("bind address must not be blank: " + bind);
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
    if (token != null && (token.length() < MIN_TOKEN || !token.matches("[\\x21-\\x7e]+"))) {
      throw new IllegalArgumentException("token must be at least " + MIN_TOKEN
          + " printable ASCII characters without spaces: " + token.length() + " characters");
    }
    if (keptMiB < 0 || keptMiB > MAX_KEPT_MIB) {
      throw new IllegalArgumentException("kept answers must be between 0 and " + MAX_KEPT_MIB
          + " MiB: " + keptMiB);
    }
    if (token == null && !loopback(bind)) {
      throw new IllegalArgumentException("binding " + bind
          + " (not loopback) needs a token: give --token");
    }
  }

  /** Settings that keep {@value #KEPT_MIB} MiB of read answers. */
  public ServerSettings(String bind, int port, String token) {
    this(bind, port, token, KEPT_MIB);
  }

  /** Whether {@code bind} names a loopback address (a name that does not resolve is a mistake). */
  public static boolean loopback(String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("bind address does not resolve: " + bind);
    }
  }

  /** A fresh random token (32 bytes, URL-safe Base64). */
  public static String newToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
