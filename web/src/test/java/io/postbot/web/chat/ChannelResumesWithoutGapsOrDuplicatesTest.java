package io.postbot.web.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.AgentName;
import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.attachment.AgentSignature;
import io.postbot.chat.api.attachment.Attachments;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A customer connection resumes from its last message, without gaps or duplicates")
class ChannelResumesWithoutGapsOrDuplicatesTest {

  private final List<MessageView> conversation = new CopyOnWriteArrayList<>();
  private final List<String> frames = new CopyOnWriteArrayList<>();

  private void post(int count) {
    for (int i = 0; i < count; i++) {
      int id = conversation.size() + 1;
      conversation.add(new MessageView(id, "bot", "message " + id, Instant.EPOCH, null));
    }
  }

  private ChannelSubscription connect(int after) {
    return new ChannelSubscription(
        from -> conversation.stream().filter(m -> m.id() > from).toList(), frames::add, after);
  }

  private List<Integer> sentIds() {
    List<Integer> ids = new ArrayList<>();
    for (String frame : frames) {
      var json = Json.createReader(new StringReader(frame)).readObject();
      assertThat(json.getString("type")).isEqualTo("message");
      ids.add(json.getJsonObject("message").getInt("id"));
    }
    return ids;
  }

  @Test
  @DisplayName("a reconnecting client gets exactly what came after its resume point")
  void resume() {
    post(5);

    int sent = connect(3).catchUp();

    assertThat(sent).isEqualTo(2);
    assertThat(sentIds()).containsExactly(4, 5);
  }

  @Test
  @DisplayName("repeated notifications for the same messages send them once")
  void noDuplicates() {
    ChannelSubscription subscription = connect(0);
    post(2);
    subscription.catchUp();
    subscription.catchUp();
    post(1);
    subscription.catchUp();
    subscription.catchUp();

    assertThat(sentIds()).containsExactly(1, 2, 3);
    assertThat(subscription.lastSent()).isEqualTo(3);
  }

  @Test
  @DisplayName("notifications racing on many threads still deliver each message once, in order")
  void concurrentNotifications() throws InterruptedException {
    ChannelSubscription subscription = connect(0);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 200; i++) {
      post(1);
      pool.execute(subscription::catchUp);
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    subscription.catchUp();

    assertThat(sentIds()).hasSize(200).isSorted().doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("message frames carry the REST message shape, attachments as a JSON payload")
  void frameShape() {
    var view =
        new MessageView(
            7,
            "agent",
            "Hi",
            Instant.parse("2026-11-29T10:00:00Z"),
            Attachments.of(new AgentSignature(new AgentName("Kari"))));

    var frame = ChannelSubscription.messageFrame(view);

    assertThat(frame.toString())
        .isEqualTo(
            "{\"type\":\"message\",\"message\":{\"id\":7,\"author\":\"agent\",\"text\":\"Hi\","
                + "\"time\":\"2026-11-29T10:00:00Z\",\"payload\":{\"agent\":\"Kari\"}}}");
  }

  @Test
  @DisplayName("a negative resume point is refused")
  void negative() {
    assertThatThrownBy(() -> connect(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
