package io.flowpool.adapter.jpaview.sql;

import io.flowpool.adapter.jpaview.entity.EqualityForms;
import io.flowpool.view.model.PayloadPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes SQL/JSON path expressions for payload paths. Keys and texts are quoted and escaped as JSON
 * strings, so a path or value can hold any character; the expression is bound as a parameter of
 * type {@code jsonpath}, never spliced into the SQL.
 */
final class JsonPaths {

  private JsonPaths() {}

  /**
   * Every value at the path: lax mode steps into the elements of a list on the way, and the final
   * {@code [*]} lists the elements of a list at the end (a scalar stands for itself).
   */
  static String values(PayloadPath path) {
    return members(path) + "[*]";
  }

  /**
   * True if a value at the path equals the filter value as {@code CriterionMatcher} defines it: a
   * text equal to it, a number numerically equal to it (if it reads as a number), a boolean whose
   * text it is. PostgreSQL answers {@code payload @? <this>} from the jsonb_path_ops GIN index.
   *
   * <p>The filter itself stands for the elements of a list at the end (no {@code [*]} before it),
   * and {@code @.type() != "array"} keeps a list nested in that list from matching: lax mode would
   * otherwise unwrap it once more in the filter and again in the comparison, deeper than {@link
   * #values} and {@code PayloadPath} go.
   */
  static String valueEquals(PayloadPath path, String value) {
    EqualityForms forms = EqualityForms.of(value);
    List<String> alternatives = new ArrayList<>();
    alternatives.add("@ == " + quote(forms.text()));
    if (forms.number() != null) {
      alternatives.add("@ == " + forms.number());
    }
    if (forms.bool() != null) {
      alternatives.add("@ == " + forms.bool());
    }
    return members(path)
        + " ? (@.type() != \"array\" && ("
        + String.join(" || ", alternatives)
        + "))";
  }

  /** The value at the path: lax mode steps into the elements of a list on the way. */
  private static String members(PayloadPath path) {
    StringBuilder expression = new StringBuilder("lax $");
    for (String segment : path.segments()) {
      expression.append('.').append(quote(segment));
    }
    return expression.toString();
  }

  /** A JSON string literal, which is also a SQL/JSON path string literal. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
