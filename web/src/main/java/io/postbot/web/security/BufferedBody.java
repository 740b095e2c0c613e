package io.postbot.web.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body of unknown length was read (up to the limit) before the endpoint ran; the
 * endpoint reads the same bytes from memory.
 */
final class BufferedBody extends HttpServletRequestWrapper {

  private final byte[] body;

  private BufferedBody(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /** Reads at most limit + 1 bytes; null when the body is longer than the limit. */
  static BufferedBody readUpTo(HttpServletRequest request, long limit) throws IOException {
    InputStream in = request.getInputStream();
    byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    return read.length > limit ? null : new BufferedBody(request, read);
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream bytes = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return bytes.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return bytes.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return bytes.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new IllegalStateException("the body has already been read");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    return new BufferedReader(new InputStreamReader(getInputStream(), charset));
  }
}
