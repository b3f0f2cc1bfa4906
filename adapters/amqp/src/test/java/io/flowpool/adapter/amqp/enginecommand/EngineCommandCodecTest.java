package io.flowpool.adapter.amqp.enginecommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.api.task.DeferTaskCommand;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;
import io.flowpool.taskpool.api.task.MarkTaskToBeCompletedCommand;
import io.flowpool.taskpool.api.task.UnclaimTaskCommand;
import io.flowpool.taskpool.api.task.UndeferTaskCommand;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;

class EngineCommandCodecTest {

  private final EngineCommandCodec codec = new EngineCommandCodec();

  @Test
  void every_interaction_command_survives_the_trip() {
    List<InteractionTaskCommand> commands =
        List.of(
            new ClaimTaskCommand("t1", "kermit", 4L),
            new UnclaimTaskCommand("t1", null),
            new MarkTaskToBeCompletedCommand(
                "t1",
                Payload.of(Map.of("approved", true, "amount", 12.5, "items", List.of(1, "two"))),
                "kermit",
                7L),
            new DeferTaskCommand("t1", Instant.parse("2026-12-24T18:00:00Z"), 2L),
            new UndeferTaskCommand("t1", 9L));

    for (InteractionTaskCommand command : commands) {
      assertThat(codec.command(codec.commandMessage(command))).isEqualTo(command);
    }
  }

  @Test
  void command_type_travels_as_simple_name_and_json_holds_only_components() {
    Message message =
        codec.commandMessage(
            new MarkTaskToBeCompletedCommand("t1", Payload.of(Map.of("a", 1)), null, null));

    assertThat(message.getMessageProperties().<String>getHeader(EngineCommandCodec.TYPE_HEADER))
        .isEqualTo("MarkTaskToBeCompletedCommand");
    assertThat(new String(message.getBody(), StandardCharsets.UTF_8))
        .isEqualTo("{\"taskId\":\"t1\",\"payload\":{\"values\":{\"a\":1}}}");
  }

  @Test
  void class_name_outside_the_five_commands_is_refused() {
    EngineCommandRefusedException refused =
        catchThrowableOfType(
            EngineCommandRefusedException.class,
            () -> codec.command(message("java.lang.ProcessBuilder", "{}")));

    assertThat(refused.reason()).isEqualTo(EngineCommandRefusedException.INVALID_COMMAND);
  }

  @Test
  void command_breaking_its_rules_is_refused_with_the_rule() {
    EngineCommandRefusedException refused =
        catchThrowableOfType(
            EngineCommandRefusedException.class,
            () -> codec.command(message("ClaimTaskCommand", "{\"taskId\":\"t1\"}")));

    assertThat(refused.reason()).isEqualTo(EngineCommandRefusedException.INVALID_COMMAND);
    assertThat(refused.getMessage()).contains("assignee");
  }

  @Test
  void malformed_json_is_refused() {
    EngineCommandRefusedException refused =
        catchThrowableOfType(
            EngineCommandRefusedException.class,
            () -> codec.command(message("UnclaimTaskCommand", "{not json")));

    assertThat(refused.reason()).isEqualTo(EngineCommandRefusedException.INVALID_COMMAND);
  }

  @Test
  void replies_read_as_written() {
    EngineCommandReply refused = EngineCommandReply.refused("TASK_CHANGED", "changed");

    assertThat(codec.reply(codec.replyMessage(refused))).isEqualTo(refused);
    assertThat(new String(codec.replyMessage(EngineCommandReply.accepted()).getBody()))
        .isEqualTo("{\"outcome\":\"ACCEPTED\"}");
  }

  private static Message message(String type, String json) {
    return MessageBuilder.withBody(json.getBytes(StandardCharsets.UTF_8))
        .setHeader(EngineCommandCodec.TYPE_HEADER, type)
        .build();
  }
}
