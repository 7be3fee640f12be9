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
 */
public record ServerSettings(String bind, int port, String token) {
  /** The loopback address bound by default. */
  public static final String LOOPBACK = "127.0.0.1";
  /** The fewest characters a token may have. */
  public static final int MIN_TOKEN = 16;

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
    if (token == null && !loopback(bind)) {
      throw new IllegalArgumentException("binding " + bind
          + " (not loopback) needs a token: give --token");
    }
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
