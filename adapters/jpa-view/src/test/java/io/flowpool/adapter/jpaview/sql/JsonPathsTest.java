package io.flowpool.adapter.jpaview.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.view.model.PayloadPath;
import org.junit.jupiter.api.Test;

class JsonPathsTest {

  @Test
  void a_path_quotes_every_key_and_lists_the_elements_of_a_list_at_its_end() {
    assertThat(JsonPaths.values(PayloadPath.parse("customer.name")))
        .isEqualTo("lax $.\"customer\".\"name\"[*]");
  }

  @Test
  void quotes_and_backslashes_and_control_characters_are_escaped() {
    assertThat(JsonPaths.quote("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c\\u000ad\"");
  }

  @Test
  void a_text_value_equals_only_texts() {
    assertThat(JsonPaths.valueEquals(PayloadPath.parse("customer"), "cust_42"))
        .isEqualTo("lax $.\"customer\" ? (@.type() != \"array\" && (@ == \"cust_42\"))");
  }

  @Test
  void a_number_value_also_equals_numbers_and_true_or_false_also_booleans() {
    assertThat(JsonPaths.valueEquals(PayloadPath.parse("amount"), "100.0"))
        .isEqualTo("lax $.\"amount\" ? (@.type() != \"array\" && (@ == \"100.0\" || @ == 100.0))");
    assertThat(JsonPaths.valueEquals(PayloadPath.parse("urgent"), "true"))
        .isEqualTo("lax $.\"urgent\" ? (@.type() != \"array\" && (@ == \"true\" || @ == true))");
  }

  @Test
  void an_operator_character_in_a_value_stays_inside_its_string_literal() {
    assertThat(JsonPaths.valueEquals(PayloadPath.parse("formula"), "a\") || (@ == \"b"))
        .isEqualTo(
            "lax $.\"formula\" ? (@.type() != \"array\" && (@ == \"a\\\") || (@ == \\\"b\"))");
  }
}
