package io.postbot.chat.infrastructure.tracking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The carrier's answers recorded under src/test/resources/tracking, in its v2 JSON shape. */
final class RecordedAnswers {

  private RecordedAnswers() {}

  static String read(String file) {
    try (InputStream in = RecordedAnswers.class.getResourceAsStream("/tracking/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded answer " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
