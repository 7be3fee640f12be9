package org.isnad.store;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a model value as the UTF-8 bytes of the JSON {@link ModelJson}'s mapper writes for it
 * (Jackson's default byte writer), without going through the mapper: what the derived tables
 * digest every row of the case by, on every add, so it must be cheap. The same bytes, so a
 * digest kept by an earlier version stays valid; {@code JsonBytesWriterTest} compares them with
 * the mapper's over the sample corpus, SaudiNewsNet articles and every escaped character.
 *
 * <p>Covers what the model is made of: records (components in declaration order, nulls
 * written), strings, enums (by name), booleans, whole numbers, lists, sets and maps with string
 * keys. Anything else (a double, a date, an object that is not a record) is
 * {@link Unsupported}: the caller then asks the mapper.
 *
 * <p>Strings are written as Jackson does: {@code "} and {@code \} escaped with a backslash,
 * the control characters below U+0020 as {@code \b \t \n \f \r} or as backslash, u and four
 * upper-case hex digits, every UTF-16 surrogate (paired or lone) escaped the same way, the rest
 * as UTF-8.
 *
 * <p>Not thread safe: one writer per thread (its buffer is reused between values).
 */
final class JsonBytesWriter {
  /** A value the writer does not cover; the mapper writes it instead. */
  static final class Unsupported extends RuntimeException {
    Unsupported(Object value) {
      super("not written by hand: " + value.getClass().getName(), null, false, false);
    }
  }

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NULL = bytes("null");
  private static final byte[] TRUE = bytes("true");
  private static final byte[] FALSE = bytes("false");
  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
  private static final Map<Enum<?>, byte[]> ENUMS = new ConcurrentHashMap<>();

  private byte[] buffer = new byte[1 << 16];
  private int size;
  private MessageDigest sink;

  /** A record class's components: each one's {@code "name":} bytes and accessor. */
  private record Shape(byte[][] names, Method[] accessors) {
    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      byte[][] names = new byte[components.length][];
      Method[] accessors = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        names[i] = bytes((i == 0 ? "{\"" : ",\"") + components[i].getName() + "\":");
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
      }
      return new Shape(names, accessors);
    }
  }

  /** {@code value}'s JSON bytes. */
  byte[] write(Object value) {
    sink = null;
    size = 0;
    value(value);
    return Arrays.copyOf(buffer, size);
  }

  /** {@code value}'s JSON bytes, handed to {@code digest} as they are written. */
  void digest(Object value, MessageDigest digest) {
    sink = digest;
    size = 0;
    try {
      value(value);
      flush();
    } finally {
      sink = null;
    }
  }

  private void value(Object value) {
    if (value == null) {
      raw(NULL);
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof Record r) {
      record(r);
    } else if (value instanceof Collection<?> c) {
      collection(c);
    } else if (value instanceof Map<?, ?> m) {
      map(m);
    } else if (value instanceof Enum<?> e) {
      raw(ENUMS.computeIfAbsent(e, k -> bytes("\"" + k.name() + "\"")));
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      raw(bytes(value.toString()));
    } else if (value instanceof Boolean b) {
      raw(b ? TRUE : FALSE);
    } else {
      throw new Unsupported(value);
    }
  }

  private void record(Record r) {
    Shape shape = SHAPES.computeIfAbsent(r.getClass(), Shape::of);
    if (shape.names.length == 0) {
      throw new Unsupported(r);
    }
    for (int i = 0; i < shape.names.length; i++) {
      raw(shape.names[i]);
      Object component;
      try {
        component = shape.accessors[i].invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + shape.accessors[i], e);
      }
      value(component);
    }
    one('}');
  }

  private void collection(Collection<?> c) {
    one('[');
    boolean first = true;
    for (Object o : c) {
      if (!first) {
        one(',');
      }
      first = false;
      value(o);
    }
    one(']');
  }

  private void map(Map<?, ?> m) {
    one('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new Unsupported(m);
      }
      if (!first) {
        one(',');
      }
      first = false;
      string(key);
      one(':');
      value(e.getValue());
    }
    one('}');
  }

  private void string(String s) {
    int n = s.length();
    room(n * 6 + 2);
    byte[] b = buffer;
    int at = size;
    b[at++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          b[at++] = (byte) c;
        } else {
          at = escaped(b, at, c);
        }
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | (c >> 6));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        at = hexEscape(b, at, c);
      } else {
        b[at++] = (byte) (0xE0 | (c >> 12));
        b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    b[at++] = '"';
    size = at;
  }

  private static int escaped(byte[] b, int at, char c) {
    char shortForm = switch (c) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '\b' -> 'b';
      case '\t' -> 't';
      case '\n' -> 'n';
      case '\f' -> 'f';
      case '\r' -> 'r';
      default -> 0;
    };
    if (shortForm == 0) {
      return hexEscape(b, at, c);
    }
    b[at++] = '\\';
    b[at++] = (byte) shortForm;
    return at;
  }

  private static int hexEscape(byte[] b, int at, char c) {
    b[at++] = '\\';
    b[at++] = 'u';
    b[at++] = HEX[(c >> 12) & 0xF];
    b[at++] = HEX[(c >> 8) & 0xF];
    b[at++] = HEX[(c >> 4) & 0xF];
    b[at++] = HEX[c & 0xF];
    return at;
  }

  private void one(char c) {
    room(1);
    buffer[size++] = (byte) c;
  }

  private void raw(byte[] bytes) {
    room(bytes.length);
    System.arraycopy(bytes, 0, buffer, size, bytes.length);
    size += bytes.length;
  }

  /** Makes room for {@code n} more bytes: hands the buffer to the digest, or grows it. */
  private void room(int n) {
    if (size + n <= buffer.length) {
      return;
    }
    if (sink != null) {
      flush();
    }
    if (size + n > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + n));
    }
  }

  private void flush() {
    sink.update(buffer, 0, size);
    size = 0;
  }

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.UTF_8);
  }
}
