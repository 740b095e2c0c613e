package io.postbot.web.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.postbot.web.testing.ConsoleClient;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer whose socket stops reading (a real WebSocket connection with a tiny receive buffer,
 * authenticated, then never read again) while the conversation fills its buffers: the customer's
 * and the agent's requests still return, and the server gives the connection up after its send
 * timeout instead of keeping it (and a thread) for ever.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("A customer's socket that does not drain holds up no request and is closed")
class AStalledSocketHoldsUpNobodyIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @Timeout(300)
  @DisplayName("messages and the agent's answer return while the socket is stalled; then it closes")
  void stalledSocket() throws Exception {
    Http http = new Http(base);
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String id = started.getString("id");
    String token = started.getString("token");
    ConsoleClient agent = new ConsoleClient(base);
    assertThat(agent.login("it-admin", "it-admin-secret-1")).isTrue();
    String handoff = "api/v1/conversations/" + id + "/handoff";
    String contact = "{\"name\":\"Kari\",\"email\":\"kari@example.no\",\"phone\":\"91234567\"}";
    assertThat(http.post(handoff, contact, token).statusCode()).isEqualTo(202);
    assertThat(agent.post("api/agent/v1/chats/" + id + "/take").statusCode()).isEqualTo(204);

    // given a customer socket that is authenticated and then never read again
    try (Socket customer = stalledSocket(id, token)) {
      // when the conversation grows by far more than the socket's buffers hold
      long pushed = 0;
      for (int i = 0; i < 600; i++) {
        String text = text(1900);
        var sent =
            assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () ->
                    http.post(
                        "api/v1/conversations/" + id + "/messages",
                        "{\"text\":\"" + text + "\"}",
                        token));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        pushed += text.length();
      }
      // then the agent's answer still returns
      agent.open("console/chat.xhtml?c=" + id);
      var answered =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60),
              () -> agent.submit("compose", Map.of("text", "We are on it", "send", "submit")));
      assertThat(answered.statusCode()).isIn(200, 302, 303);

      // and the server gives the socket up (its send timeout is 10 s): reading now finds the end
      customer.setSoTimeout(120_000);
      assertThat(readToTheEnd(customer.getInputStream()))
          .as("bytes read after %d characters were pushed", pushed)
          .isTrue();
    }
  }

  /** Opens and authenticates a customer socket, reads up to "ready", then reads no more. */
  private Socket stalledSocket(String id, String token) throws IOException {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(2048);
    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
    socket.setSoTimeout(30_000);
    OutputStream out = socket.getOutputStream();
    byte[] key = new byte[16];
    ThreadLocalRandom.current().nextBytes(key);
    String head =
        "GET "
            + base.getPath()
            + "ws/conversations/"
            + id
            + " HTTP/1.1\r\nHost: "
            + base.getHost()
            + ":"
            + base.getPort()
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
            + "Sec-WebSocket-Key: "
            + Base64.getEncoder().encodeToString(key)
            + "\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    InputStream in = socket.getInputStream();
    String response = untilBlankLine(in);
    assertThat(response).startsWith("HTTP/1.1 101");
    out.write(maskedText("{\"type\":\"auth\",\"token\":\"" + token + "\",\"after\":0}"));
    out.flush();
    for (String frame = textFrame(in); !frame.contains("\"ready\""); frame = textFrame(in)) {
      // the catch-up before ready
    }
    return socket;
  }

  private static boolean readToTheEnd(InputStream in) throws IOException {
    byte[] buffer = new byte[65536];
    try {
      while (in.read(buffer) >= 0) {
        // drain what the server managed to send before it gave up
      }
      return true;
    } catch (SocketException reset) {
      return true; // the server aborted the connection
    } catch (SocketTimeoutException stillOpen) {
      return false;
    }
  }

  private static String text(int length) {
    StringBuilder text = new StringBuilder(length);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (text.length() < length) {
      text.append((char) ('a' + random.nextInt(26)));
      if (random.nextInt(7) == 0) {
        text.append(' ');
      }
    }
    return text.substring(0, length);
  }

  private static String untilBlankLine(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed during the handshake");
      }
      head.write(b);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  /** One server frame (unmasked), as text. */
  private static String textFrame(InputStream in) throws IOException {
    int first = in.read();
    int second = in.read();
    if (first < 0 || second < 0) {
      throw new IOException("closed before ready");
    }
    long length = second & 0x7f;
    if (length == 126) {
      length = (in.read() << 8) | in.read();
    } else if (length == 127) {
      length = 0;
      for (int i = 0; i < 8; i++) {
        length = (length << 8) | in.read();
      }
    }
    return new String(in.readNBytes((int) length), StandardCharsets.UTF_8);
  }

  private static byte[] maskedText(String text) {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.write(0x81);
    if (payload.length < 126) {
      frame.write(0x80 | payload.length);
    } else {
      frame.write(0x80 | 126);
      frame.write(payload.length >> 8);
      frame.write(payload.length & 0xff);
    }
    byte[] mask = new byte[4];
    ThreadLocalRandom.current().nextBytes(mask);
    frame.writeBytes(mask);
    for (int i = 0; i < payload.length; i++) {
      frame.write(payload[i] ^ mask[i % 4]);
    }
    return frame.toByteArray();
  }
}
