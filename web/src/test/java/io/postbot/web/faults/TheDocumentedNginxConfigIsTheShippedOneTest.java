package io.postbot.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The nginx configuration in docs/operations.md is the shipped one (bin/cluster-nginx.conf) as
 * ./postbot cluster renders it, and the cluster test renders it the same way.
 */
@DisplayName("The nginx configuration in the docs is the one ./postbot cluster and its test use")
class TheDocumentedNginxConfigIsTheShippedOneTest {

  static final Path PREFIX = Path.of("/srv/postbot/nginx");

  @Test
  @DisplayName("the docs show the shipped file rendered for two instances")
  void docsShowTheShippedFile() throws Exception {
    String doc = Files.readString(Path.of("../docs/operations.md"));
    String cluster = doc.substring(doc.indexOf("## Cluster"));
    int start = cluster.indexOf("```nginx\n") + "```nginx\n".length();
    String block = cluster.substring(start, cluster.indexOf("\n```", start) + 1);
    assertThat(block).isEqualTo(rendered());
  }

  @Test
  @DisplayName("./postbot renders it exactly as the cluster test does")
  void launcherRendersTheSame() throws Exception {
    ProcessBuilder launcher =
        new ProcessBuilder("bash", "../postbot", "nginx-config", "2", PREFIX.toString());
    launcher.environment().remove("POSTBOT_PORT");
    Process process = launcher.redirectErrorStream(true).start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(printed).isEqualTo(rendered());
  }

  private static String rendered() throws Exception {
    String template = Files.readString(Nginx.TEMPLATE);
    String out = Nginx.render(template, PREFIX, "127.0.0.1:8080", List.of(8081, 8082));
    return out.endsWith("\n") ? out : out + "\n";
  }
}
