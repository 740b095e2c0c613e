package io.postbot.bench.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bench's customer connects again after a close exactly when the widget would")
class TheBenchReconnectsLikeTheWidgetTest {

  @Test
  @DisplayName("a close before ready (try again later, idle, failed) is retried")
  void closeIsRetried() {
    assertThat(WidgetOpening.closedByServer(new ClosedBeforeReady(1013, "too many", true)))
        .isTrue();
    assertThat(
            WidgetOpening.closedByServer(
                new CompletionException(new ClosedBeforeReady(1000, "idle", false))))
        .isTrue();
  }

  @Test
  @DisplayName("a conversation that is gone (4404) or a connect that failed is not")
  void goneOrFailedIsNot() {
    assertThat(WidgetOpening.closedByServer(new ClosedBeforeReady(4404, "not found", true)))
        .isFalse();
    assertThat(WidgetOpening.closedByServer(new CompletionException(new IOException("refused"))))
        .isFalse();
  }
}
