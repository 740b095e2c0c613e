package io.postbot.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * With Faces' own WebSocket endpoint switched on, Faces and Tyrus may both register the WebSocket
 * filter at deployment, in an order that changes from one server start to the next; on Payara
 * Server 7.2025.1 the EAR then fails to deploy about every other time. A deployment test cannot
 * catch a failure that random, so this guards the cause: the console pushes over its own channel.
 */
@DisplayName("The console stays deployable on Payara Server")
class ConsoleStaysDeployableOnPayaraServerTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  @Test
  @DisplayName("Faces' WebSocket endpoint is not switched on in web.xml")
  void facesWebsocketEndpointOff() throws IOException {
    String webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));

    assertThat(webXml).doesNotContain("<param-name>jakarta.faces.ENABLE_WEBSOCKET_ENDPOINT");
  }

  @Test
  @DisplayName("no console page uses <f:websocket>; they listen on /console/push instead")
  void noFacesWebsocketTags() throws IOException {
    List<Path> pages;
    try (var files = Files.walk(WEBAPP)) {
      pages = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
    }

    assertThat(pages).isNotEmpty();
    for (Path page : pages) {
      assertThat(Files.readString(page)).as(page.toString()).doesNotContain("<f:websocket");
    }
    assertThat(Files.readString(WEBAPP.resolve("WEB-INF/templates/console.xhtml")))
        .contains("console-push.js");
  }
}
