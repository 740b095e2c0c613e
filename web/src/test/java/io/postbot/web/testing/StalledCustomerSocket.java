package io.postbot.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A customer connection that stops reading: a plain TCP socket with a tiny receive buffer (set
 * before it connects, so that the window it announces stays small) speaks the WebSocket handshake,
 * authenticates, reads up to {@code ready} and then reads nothing more until asked to.
 */
public final class StalledCustomerSocket implements AutoCloseable {

  private final Socket socket;

  private StalledCustomerSocket(Socket socket) {
    this.socket = socket;
  }

  /**
   * Connects from this local address, authenticates to the conversation and reads up to "ready",
   * then stops reading.
   */
  public static StalledCustomerSocket open(
      URL base, InetAddress from, String conversation, String token) throws IOException {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(2048);
    socket.bind(new InetSocketAddress(from, 0));
    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
    socket.setSoTimeout(30_000);
    OutputStream out = socket.getOutputStream();
    byte[] key = new byte[16];
    ThreadLocalRandom.current().nextBytes(key);
    String head =
        "GET "
            + base.getPath()
            + "ws/conversations/"
            + conversation
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
    if (!response.startsWith("HTTP/1.1 101")) {
      socket.close();
      throw new IOException("no upgrade: " + response.lines().findFirst().orElse(""));
    }
    out.write(maskedText("{\"type\":\"auth\",\"token\":\"" + token + "\",\"after\":0}"));
    out.flush();
    for (String frame = textFrame(in); !frame.contains("\"ready\""); frame = textFrame(in)) {
      // the catch-up before ready
    }
    return new StalledCustomerSocket(socket);
  }

  /**
   * Starts reading again and reads whatever the server still sends: true when the connection ends
   * (the server closed or reset it) within the wait, false when it is still open after it.
   */
  public boolean endsWithin(Duration wait) throws IOException {
    socket.setSoTimeout((int) wait.toMillis());
    byte[] buffer = new byte[65536];
    try {
      while (socket.getInputStream().read(buffer) >= 0) {
        // what the server had sent before it gave up
      }
      return true;
    } catch (SocketException reset) {
      return true;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
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
