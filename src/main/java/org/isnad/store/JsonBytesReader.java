package org.isnad.store;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a model record from the UTF-8 bytes of its JSON, as {@link ModelJson}'s mapper would,
 * without the mapper: what reading back every annotated document of a case on each add is made
 * of, so it must be cheap. It reads straight from the bytes the database hands over (no text of
 * the whole document is made), decodes only the string values, and builds each record through
 * its canonical constructor, as the mapper does: lists as {@link ArrayList}, sets as
 * {@link HashSet}, maps (string keys) as {@link LinkedHashMap}, a missing or null component as
 * null (0 or false for a primitive), enums by name. {@code JsonBytesReaderTest} checks that it
 * gives what the mapper gives over the sample corpus and SaudiNewsNet articles.
 *
 * <p>Anything it does not expect (an unknown field, a type it does not cover, a value of the
 * wrong kind, malformed JSON, a constructor refusing a value) is {@link Unexpected}: the caller
 * then asks the mapper, which reads the value or says why it cannot. Thread safe.
 */
final class JsonBytesReader {
  /** Input the reader does not take; the mapper reads it instead. */
  static final class Unexpected extends RuntimeException {
    Unexpected(String what) {
      super(what, null, false, false);
    }
  }

  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
  /** Strings up to this many bytes are looked up in the thread's {@link Strings}. */
  private static final int SHORT = 32;
  private static final ThreadLocal<Strings> STRINGS = ThreadLocal.withInitial(Strings::new);

  private final byte[] in;
  private int at;

  private final Strings strings = STRINGS.get();
  /** Where a string with escapes is unescaped (as long as the input: no string is longer). */
  private byte[] scratch;

  private JsonBytesReader(byte[] in) {
    this.in = in;
  }

  /**
   * The short strings a thread read last, by a hash of their bytes (a direct-mapped cache): ids,
   * types and names recur in every mention, report and statement of a case, and reading them as
   * one instance spares the collector most of a case's small strings.
   */
  private static final class Strings {
    private static final int SIZE = 1 << 12;
    private final byte[][] keys = new byte[SIZE][];
    private final String[] values = new String[SIZE];

    String of(byte[] in, int from, int to) {
      int hash = 0;
      for (int i = from; i < to; i++) {
        hash = 31 * hash + in[i];
      }
      int slot = (hash ^ (hash >>> 12)) & (SIZE - 1);
      byte[] key = keys[slot];
      if (key != null && Arrays.equals(key, 0, key.length, in, from, to)) {
        return values[slot];
      }
      String value = new String(in, from, to - from, StandardCharsets.UTF_8);
      keys[slot] = Arrays.copyOfRange(in, from, to);
      values[slot] = value;
      return value;
    }
  }

  /** The record of class {@code type} that {@code json} holds. */
  static <T extends Record> T read(byte[] json, Class<T> type) {
    JsonBytesReader reader = new JsonBytesReader(json);
    try {
      Object value = reader.value(type);
      reader.space();
      if (reader.at != json.length || value == null) {
        throw new Unexpected("trailing input or null at " + reader.at);
      }
      return type.cast(value);
    } catch (IndexOutOfBoundsException | ArithmeticException e) {
      throw new Unexpected("malformed at " + reader.at + ": " + e);
    }
  }

  /** A record class's components: names as bytes, their types and the canonical constructor. */
  private record Shape(byte[][] names, Type[] types, Class<?>[] raw, Constructor<?> constructor) {
    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      byte[][] names = new byte[components.length][];
      Type[] types = new Type[components.length];
      Class<?>[] raw = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        names[i] = components[i].getName().getBytes(StandardCharsets.UTF_8);
        types[i] = components[i].getGenericType();
        raw[i] = components[i].getType();
      }
      try {
        Constructor<?> constructor = type.getDeclaredConstructor(raw);
        constructor.setAccessible(true);
        return new Shape(names, types, raw, constructor);
      } catch (NoSuchMethodException e) {
        throw new Unexpected("no canonical constructor: " + type);
      }
    }

    /** The component named by {@code in[from, to)}, looked for from {@code guess} on. */
    int find(byte[] in, int from, int to, int guess) {
      for (int k = 0; k < names.length; k++) {
        int i = (guess + k) % names.length;
        if (Arrays.equals(names[i], 0, names[i].length, in, from, to)) {
          return i;
        }
      }
      throw new Unexpected("unknown field "
          + new String(in, from, to - from, StandardCharsets.UTF_8));
    }
  }

  private Object value(Type type) {
    space();
    if (at >= in.length) {
      throw new Unexpected("input ends");
    }
    if (in[at] == 'n') {
      word("null");
      return null;
    }
    Class<?> raw = rawClass(type);
    if (raw == String.class) {
      return string();
    }
    if (raw == int.class || raw == Integer.class) {
      return Math.toIntExact(number());
    }
    if (raw == long.class || raw == Long.class) {
      return number();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return bool();
    }
    if (raw.isEnum()) {
      return enumValue(raw);
    }
    if (raw.isRecord()) {
      return record(raw);
    }
    if (raw == List.class || raw == java.util.Collection.class) {
      return list(argument(type, 0), new ArrayList<>());
    }
    if (raw == Set.class) {
      return list(argument(type, 0), new HashSet<>());
    }
    if (raw == Map.class && argument(type, 0) == String.class) {
      return map(argument(type, 1));
    }
    throw new Unexpected("type not read by hand: " + type);
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    throw new Unexpected("type not read by hand: " + type);
  }

  private static Type argument(Type type, int i) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[i];
    }
    throw new Unexpected("raw collection type: " + type);
  }

  private Object record(Class<?> type) {
    Shape shape = SHAPES.computeIfAbsent(type, Shape::of);
    Object[] values = new Object[shape.names.length];
    expect('{');
    space();
    int next = 0;
    if (in[at] == '}') {
      at++;
    } else {
      while (true) {
        space();
        expect('"');
        int from = at;
        int to = endOfPlainName();
        int i = shape.find(in, from, to, next);
        space();
        expect(':');
        values[i] = value(shape.types[i]);
        next = i + 1;
        space();
        if (in[at] == ',') {
          at++;
        } else {
          expect('}');
          break;
        }
      }
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null && shape.raw[i].isPrimitive()) {
        values[i] = shape.raw[i] == boolean.class ? Boolean.FALSE
            : shape.raw[i] == long.class ? (Object) 0L : (Object) 0;
      }
    }
    try {
      return shape.constructor.newInstance(values);
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw new Unexpected("cannot make " + type.getSimpleName() + ": " + e);
    }
  }

  /** The end of a field name without escapes (after it, past its closing quote). */
  private int endOfPlainName() {
    int from = at;
    while (at < in.length && in[at] != '"') {
      if (in[at] == '\\') {
        throw new Unexpected("escaped field name");
      }
      at++;
    }
    if (at >= in.length) {
      throw new Unexpected("input ends in a name");
    }
    int to = at;
    at++;
    return to;
  }

  private <C extends java.util.Collection<Object>> C list(Type element, C out) {
    expect('[');
    space();
    if (in[at] == ']') {
      at++;
      return out;
    }
    while (true) {
      out.add(value(element));
      space();
      if (in[at] == ',') {
        at++;
      } else {
        expect(']');
        return out;
      }
    }
  }

  private Map<String, Object> map(Type valueType) {
    Map<String, Object> out = new LinkedHashMap<>();
    expect('{');
    space();
    if (in[at] == '}') {
      at++;
      return out;
    }
    while (true) {
      space();
      String key = string();
      space();
      expect(':');
      out.put(key, value(valueType));
      space();
      if (in[at] == ',') {
        at++;
      } else {
        expect('}');
        return out;
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object enumValue(Class<?> type) {
    String name = string();
    try {
      return Enum.valueOf((Class) type, name);
    } catch (IllegalArgumentException e) {
      throw new Unexpected("no " + type.getSimpleName() + " " + name);
    }
  }

  private String string() {
    expect('"');
    int from = at;
    while (at < in.length) {
      byte b = in[at];
      if (b == '"') {
        String s = at - from <= SHORT ? strings.of(in, from, at)
            : new String(in, from, at - from, StandardCharsets.UTF_8);
        at++;
        return s;
      }
      if (b == '\\') {
        return escapedString(from);
      }
      at++;
    }
    throw new Unexpected("input ends in a string");
  }

  /**
   * The rest of a string holding escapes, {@code from} its first byte, {@code at} a backslash:
   * its bytes unescaped into one buffer, decoded once (article texts hold a {@code \n} escape
   * per paragraph). An escaped character outside ASCII (a surrogate may be one half of a pair)
   * is decoded by {@link #escapedChars}.
   */
  private String escapedString(int from) {
    if (scratch == null) {
      scratch = new byte[in.length];
    }
    byte[] out = scratch;
    int size = at - from;
    System.arraycopy(in, from, out, 0, size);
    while (at < in.length) {
      byte b = in[at];
      if (b == '"') {
        at++;
        return new String(out, 0, size, StandardCharsets.UTF_8);
      }
      if (b == '\\') {
        int escapeAt = at;
        at++;
        char c = escape();
        if (c >= 0x80) {
          at = escapeAt;
          return escapedChars(new StringBuilder(new String(out, 0, size,
              StandardCharsets.UTF_8)));
        }
        out[size++] = (byte) c;
      } else {
        out[size++] = b;
        at++;
      }
    }
    throw new Unexpected("input ends in a string");
  }

  /** The rest of a string after {@code out}, {@code at} on a backslash or a plain byte. */
  private String escapedChars(StringBuilder out) {
    int plain = at;
    while (at < in.length) {
      byte b = in[at];
      if (b == '"' || b == '\\') {
        out.append(new String(in, plain, at - plain, StandardCharsets.UTF_8));
        at++;
        if (b == '"') {
          return out.toString();
        }
        out.append(escape());
        plain = at;
      } else {
        at++;
      }
    }
    throw new Unexpected("input ends in a string");
  }

  private char escape() {
    if (at >= in.length) {
      throw new Unexpected("input ends in an escape");
    }
    byte e = in[at++];
    return switch (e) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> hex();
      default -> throw new Unexpected("bad escape " + (char) e);
    };
  }

  private char hex() {
    if (at + 4 > in.length) {
      throw new Unexpected("input ends in an escape");
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(in[at++], 16);
      if (digit < 0) {
        throw new Unexpected("bad hex digit");
      }
      value = value * 16 + digit;
    }
    return (char) value;
  }

  private long number() {
    int from = at;
    boolean negative = at < in.length && in[at] == '-';
    if (negative) {
      at++;
    }
    long value = 0;
    int digits = 0;
    while (at < in.length && in[at] >= '0' && in[at] <= '9') {
      value = Math.multiplyExact(value, 10) + (in[at] - '0');
      at++;
      digits++;
    }
    if (digits == 0 || digits > 18 || (at < in.length
        && (in[at] == '.' || in[at] == 'e' || in[at] == 'E'))) {
      throw new Unexpected("not a whole number at " + from);
    }
    return negative ? -value : value;
  }

  private Boolean bool() {
    if (in[at] == 't') {
      word("true");
      return Boolean.TRUE;
    }
    word("false");
    return Boolean.FALSE;
  }

  private void word(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (at >= in.length || in[at] != word.charAt(i)) {
        throw new Unexpected("expected " + word + " at " + at);
      }
      at++;
    }
  }

  private void expect(char c) {
    if (at >= in.length || in[at] != c) {
      throw new Unexpected("expected " + c + " at " + at);
    }
    at++;
  }

  private void space() {
    while (at < in.length && (in[at] == ' ' || in[at] == '\n' || in[at] == '\r'
        || in[at] == '\t')) {
      at++;
    }
  }
}
