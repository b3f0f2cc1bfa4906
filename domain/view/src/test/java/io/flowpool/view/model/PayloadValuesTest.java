package io.flowpool.view.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.Payload;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How payload values are reached and read: the rules the PostgreSQL view reproduces in SQL. */
class PayloadValuesTest {

  @Test
  void a_list_stands_for_its_elements_but_a_list_nested_in_it_is_not_unwrapped_further() {
    Payload payload = Payload.of(Map.of("v", List.of(List.of("deep", 8), "flat")));

    assertThat(PayloadPath.parse("v").valuesIn(payload))
        .containsExactly(List.of("deep", 8), "flat");
    assertThat(matches(payload, "v=flat")).isTrue();
    assertThat(matches(payload, "v=deep")).isFalse();
    assertThat(matches(payload, "v=8")).isFalse();
    assertThat(matches(payload, "v>a")).isTrue();
    assertThat(matches(payload, "v<b")).isFalse();
  }

  @Test
  void a_number_reads_as_plain_decimal_text_whatever_its_java_type() {
    assertThat(TextValues.text(1e20)).isEqualTo("100000000000000000000");
    assertThat(TextValues.text(new BigInteger("100000000000000000000")))
        .isEqualTo("100000000000000000000");
    assertThat(TextValues.text(1.0e-7)).isEqualTo("0.00000010");
    assertThat(TextValues.text(new BigDecimal("0.00000010"))).isEqualTo("0.00000010");
    assertThat(TextValues.text(2.5f)).isEqualTo("2.5");
    assertThat(TextValues.text(Long.MAX_VALUE)).isEqualTo("9223372036854775807");

    Payload written = Payload.of(Map.of("v", 1e20));
    assertThat(matches(written, "v%00000000")).isTrue();
    assertThat(matches(written, "v%E")).isFalse();
    assertThat(matches(written, "v=100000000000000000000")).isTrue();
  }

  private static boolean matches(Payload payload, String filter) {
    Criterion criterion =
        FilterParser.taskFilter(List.of(filter), false).groups().get(0).alternatives().get(0);
    return CriterionMatcher.matchesPayload((PayloadPath) criterion.field(), payload, criterion);
  }
}
