package io.postbot.web.chat;

import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.Transcript;
import io.postbot.chat.api.attachment.TrackingCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A transcript as readable lines: a header with the legal basis and the retention notice, then one
 * entry per message with its time and author; a tracking card becomes a short status timeline. Both
 * the text and the PDF download are made of these lines.
 */
final class TranscriptText {

  private TranscriptText() {}

  /** Lines of the transcript; an empty string separates blocks. */
  static List<String> lines(Transcript transcript, TranscriptWording words, Instant now) {
    List<String> lines = new ArrayList<>();
    lines.add(words.title());
    lines.addAll(words.header(transcript, now));
    for (MessageView message : transcript.messages()) {
      lines.add("");
      lines.add("[" + words.time(message.time()) + "] " + words.author(message.author()) + ":");
      lines.addAll(List.of(message.text().split("\n", -1)));
      lines.addAll(trackingCard(message, words));
    }
    return lines;
  }

  /** The text file: the lines with CRLF-free Unix line ends, UTF-8. */
  static String render(Transcript transcript, TranscriptWording words, Instant now) {
    return String.join("\n", lines(transcript, words, now)) + "\n";
  }

  private static List<String> trackingCard(MessageView message, TranscriptWording words) {
    return message
        .attachments()
        .find(TrackingCard.class)
        .map(card -> trackingCard(card, words))
        .orElse(List.of());
  }

  private static List<String> trackingCard(TrackingCard card, TranscriptWording words) {
    List<String> lines = new ArrayList<>();
    lines.add("  " + words.trackingHeading(card.number(), card.statusText()));
    for (TrackingCard.Event event : card.events()) {
      lines.add(
          "  - "
              + words.time(event.time().toInstant())
              + " "
              + event.description()
              + (event.city().isEmpty() ? "" : " (" + event.city() + ")"));
    }
    card.expectedDelivery()
        .ifPresent(date -> lines.add("  " + words.expectedDelivery() + ": " + date));
    card.pickupPoint()
        .ifPresent(point -> {
          List<String> parts =
              Stream.of(
                      point.name(),
                      point.address(),
                      point.postalCode(),
                      point.city(),
                      point.openingHours())
                  .filter(part -> !part.isBlank())
                  .toList();
          lines.add("  " + words.pickupPoint() + ": " + String.join(", ", parts));
        });
    return lines;
  }
}
