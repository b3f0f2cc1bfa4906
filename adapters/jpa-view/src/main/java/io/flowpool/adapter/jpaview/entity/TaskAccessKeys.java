package io.flowpool.adapter.jpaview.entity;

import io.flowpool.view.model.TextValues;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of a task's {@code access_keys} column: one per pair of a row principal and a scalar
 * value under a top-level payload attribute ({@code group:g1} with {@code customer = "c42"}). A
 * reader in 200 groups who filters on {@code customer=c42} then asks the GIN index for 200 keys
 * whose posting lists hold only the tasks that pass both tests, instead of visiting every task of
 * that customer (or every task of those groups) to check the other condition.
 *
 * <p>A key is the first 8 bytes of the MD5 of {@code principal \n attribute \n typed value}, where
 * the typed value is {@code s<text>}, {@code n<number without trailing zeros>} or {@code
 * b<true|false>}: the kinds a payload equality filter compares by. Keys only ever narrow the rows
 * that the exact conditions then check, so a collision costs a check, never a wrong answer. A task
 * whose keys would exceed {@link #MAX_KEYS}, or whose payload holds a value of another kind, has
 * none ({@code null}): queries find it through the exact conditions alone.
 */
public final class TaskAccessKeys {

  /** More keys than this make a row too heavy to index; such a task is found without them. */
  public static final int MAX_KEYS = 1024;

  /**
   * Numbers whose plain text would be longer than about this many digits get no key: the text of
   * {@code 1e999999999} alone would exhaust the heap. A task with one is found without keys; a
   * filter with one looks it up as a text only.
   */
  private static final int MAX_NUMBER_SCALE = 1000;

  private TaskAccessKeys() {}

  /**
   * The keys of a task, or null if it has too many, a payload value of an unknown kind or a number
   * too long to key.
   *
   * @param principals the row's {@code principals} ({@link Principals#of})
   */
  public static Long[] ofTask(String[] principals, Map<String, Object> payload) {
    Set<String> typedValues = new LinkedHashSet<>();
    Set<Long> keys = new LinkedHashSet<>();
    MessageDigest md5 = md5();
    for (Map.Entry<String, Object> attribute : payload.entrySet()) {
      typedValues.clear();
      if (!collectScalars(attribute.getValue(), typedValues)) {
        return null;
      }
      for (String principal : principals) {
        for (String typedValue : typedValues) {
          keys.add(key(md5, principal, attribute.getKey(), typedValue));
          if (keys.size() > MAX_KEYS) {
            return null;
          }
        }
      }
    }
    return keys.toArray(Long[]::new);
  }

  /**
   * The keys that a row holds if it is admitted to one of the reader's principals and has the
   * filter value at the top-level attribute: the reader's principals times the {@link
   * EqualityForms} of the value.
   */
  public static List<Long> ofReader(
      Collection<String> principals, String attribute, String filterValue) {
    EqualityForms forms = EqualityForms.of(filterValue);
    List<String> typedValues = new ArrayList<>();
    typedValues.add("s" + forms.text());
    String typedNumber = forms.number() == null ? null : number(forms.number());
    if (typedNumber != null) {
      typedValues.add(typedNumber);
    }
    if (forms.bool() != null) {
      typedValues.add("b" + forms.bool());
    }
    // A reader in 200 groups has 200 keys or more, made on every query: the text after the
    // principal is encoded once, and each principal once.
    List<byte[]> suffixes = new ArrayList<>();
    for (String typedValue : typedValues) {
      suffixes.add(("\n" + attribute + "\n" + typedValue).getBytes(StandardCharsets.UTF_8));
    }
    List<Long> keys = new ArrayList<>();
    MessageDigest md5 = md5();
    for (String principal : principals) {
      byte[] prefix = principal.getBytes(StandardCharsets.UTF_8);
      for (byte[] suffix : suffixes) {
        md5.update(prefix);
        md5.update(suffix);
        keys.add(firstLong(md5.digest()));
      }
    }
    return keys;
  }

  /**
   * Adds the typed values of every scalar in the value, at any depth: a filter on the attribute
   * matches a scalar in a list (lax SQL/JSON paths), and one deeper in the value only costs a key
   * that the exact check then rejects. False for a value of a kind a payload does not hold, or a
   * number too long to key.
   */
  private static boolean collectScalars(Object value, Set<String> typedValues) {
    if (value == null) {
      return true;
    }
    if (value instanceof String text) {
      typedValues.add("s" + text);
    } else if (value instanceof Boolean bool) {
      typedValues.add("b" + bool);
    } else if (value instanceof Number number) {
      BigDecimal decimal = TextValues.number(number);
      if (decimal == null) {
        // JSON has no NaN or infinity: Jackson writes them as texts
        typedValues.add("s" + number);
      } else {
        String typedNumber = number(decimal);
        if (typedNumber == null) {
          return false;
        }
        typedValues.add(typedNumber);
      }
    } else if (value instanceof Collection<?> list) {
      for (Object element : list) {
        if (!collectScalars(element, typedValues)) {
          return false;
        }
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Object nested : map.values()) {
        if (!collectScalars(nested, typedValues)) {
          return false;
        }
      }
    } else {
      return false;
    }
    return true;
  }

  /** The typed value of a number, or null if its plain text would be too long. */
  private static String number(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    if (Math.abs(stripped.scale()) > MAX_NUMBER_SCALE) {
      return null;
    }
    return "n" + stripped.toPlainString();
  }

  private static long key(
      MessageDigest md5, String principal, String attribute, String typedValue) {
    byte[] text =
        (principal + "\n" + attribute + "\n" + typedValue).getBytes(StandardCharsets.UTF_8);
    return firstLong(md5.digest(text));
  }

  /** The first 8 bytes of a digest, big-endian. */
  private static long firstLong(byte[] digest) {
    long value = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      value = (value << 8) | (digest[i] & 0xFF);
    }
    return value;
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }
}
