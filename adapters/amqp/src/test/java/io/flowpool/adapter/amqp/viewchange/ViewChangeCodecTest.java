package io.flowpool.adapter.amqp.viewchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.view.api.ProcessVariableView;
import io.flowpool.view.model.ViewChange;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;

class ViewChangeCodecTest {

  private final ViewChangeCodec codec = new ViewChangeCodec();
  private final NodeId node = NodeId.random();

  @Test
  void every_kind_of_change_reads_back_equal_from_its_message() {
    List<ViewChange> changes = ViewChangeSamples.everyKind();

    Message message = codec.message(changes, node);

    assertThat(codec.changes(message)).isEqualTo(changes);
    assertThat(ViewChangeCodec.senderOf(message)).isEqualTo(node.value());
    assertThat(message.getMessageProperties().getContentType()).isEqualTo("application/json");
    assertThat(message.getMessageProperties().getDeliveryMode())
        .isEqualTo(MessageDeliveryMode.NON_PERSISTENT);
  }

  @Test
  void a_decimal_keeps_every_digit_and_a_double_arrives_as_the_same_decimal() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("precise", ViewChangeSamples.PRECISE);
    values.put("ratio", 0.1);
    values.put("whole", 7);
    values.put("nested", List.of(Map.of("amount", new BigDecimal("0.30000000000000000001"))));
    ViewChange.ProcessVariableChanged sent =
        new ViewChange.ProcessVariableChanged(
            new ProcessVariableView(
                "pi-1", "var-1", "numbers", values, "act-1", 1, ViewChangeSamples.SOURCE));

    ViewChange.ProcessVariableChanged received =
        (ViewChange.ProcessVariableChanged)
            codec.changes(codec.message(List.of(sent), node)).get(0);

    Map<?, ?> value = (Map<?, ?>) received.variable().value();
    assertThat(value.get("precise")).isEqualTo(new BigDecimal("12345678901234567890.123456789"));
    assertThat(value.get("ratio")).isEqualTo(new BigDecimal("0.1"));
    assertThat(value.get("whole")).isEqualTo(7);
    assertThat(value.get("nested"))
        .isEqualTo(List.of(Map.of("amount", new BigDecimal("0.30000000000000000001"))));
  }

  @Test
  void the_samples_cover_every_kind_of_change() {
    assertThat(ViewChangeSamples.everyKind())
        .extracting(Object::getClass)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.asList(ViewChange.class.getPermittedSubclasses()));
  }

  @Test
  void each_change_names_its_kind_and_no_class() {
    String json =
        new String(
            codec.message(List.of(new ViewChange.TaskRemoved("t-9", 3)), node).getBody(),
            StandardCharsets.UTF_8);

    assertThat(json).isEqualTo("[{\"type\":\"TaskRemoved\",\"taskId\":\"t-9\",\"version\":3}]");
  }

  @Test
  void unknown_fields_are_ignored() {
    List<ViewChange> changes =
        codec.changes(
            body("[{\"type\":\"TaskRemoved\",\"taskId\":\"t-9\",\"version\":3,\"newField\":1}]"));

    assertThat(changes).containsExactly(new ViewChange.TaskRemoved("t-9", 3));
  }

  @Test
  void broken_json_an_unknown_kind_a_class_name_null_and_invalid_values_are_unreadable() {
    for (String body :
        List.of(
            "not json",
            "{\"type\":\"TaskRemoved\"}",
            "[{\"type\":\"Nope\",\"taskId\":\"t\"}]",
            "[{\"type\":\"java.util.HashMap\"}]",
            "[{\"taskId\":\"t-9\",\"version\":3}]",
            "[null]",
            "null",
            "[{\"type\":\"TaskChanged\",\"task\":{\"id\":\" \"}}]")) {
      assertThatThrownBy(() -> codec.changes(body(body)))
          .as(body)
          .isInstanceOf(UnreadableViewChangesException.class);
    }
  }

  private static Message body(String json) {
    return MessageBuilder.withBody(json.getBytes(StandardCharsets.UTF_8)).build();
  }
}
