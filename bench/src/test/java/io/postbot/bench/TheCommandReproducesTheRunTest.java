package io.postbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Each figure names the command that reproduces it, settings included")
class TheCommandReproducesTheRunTest {

  @Test
  @DisplayName("a section, quick or not, on a port; anything else is refused")
  void arguments() {
    BenchArguments quick = BenchArguments.parse(new String[] {"--quick", "--port", "8094", "chat"});

    assertThat(quick.section()).isEqualTo("chat");
    assertThat(quick.quick()).isTrue();
    assertThat(quick.port()).isEqualTo(8094);
    assertThat(BenchArguments.parse(new String[] {"nlu"}).port())
        .isEqualTo(BenchArguments.DEFAULT_PORT);
    assertThatThrownBy(() -> BenchArguments.parse(new String[] {"chat", "nlu"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenchArguments.parse(new String[] {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the product's POSTBOT_ settings it ran with, never the launcher's port or folder")
  void settings() {
    BenchArguments chat = BenchArguments.parse(new String[] {"chat"});

    String command =
        chat.command(
            Map.of(
                "POSTBOT_NLU_ONNX_THREADS", "0",
                "POSTBOT_PORT", "8094",
                "POSTBOT_DATA", "/tmp/x",
                "HOME", "/root"));

    assertThat(command).isEqualTo("POSTBOT_NLU_ONNX_THREADS=0 ./postbot bench chat");
  }
}
