package io.flowpool.adapter.amqp.viewchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.view.model.ViewChange;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
