package io.flowpool.view.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"42", "-0.5", "+7", "1e3", "1.5E-7", ".5", "٤٢", "４２", "1e٣", "00012"})
  void a_number_text_is_read_as_bigdecimal_reads_it(String text) {
    assertThat(TextValues.parseNumber(text)).isEqualTo(new BigDecimal(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "cust_42", "42 ", " 42", "1,5", "e", "--1", "1e", "NaN", "Infinity", "0x1F"})
  void any_other_text_is_no_number(String text) {
    assertThat(TextValues.parseNumber(text)).isNull();
  }
}
