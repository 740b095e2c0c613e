package io.postbot.web.chat;

import io.postbot.chat.api.Transcript;
import io.postbot.shared.Language;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;

/**
 * The words around a downloaded transcript, in English or bokmål: its heading, the legal basis line
 * and the retention notice the privacy policy promises, and how each author is called. Times are
 * shown in Norwegian time, where the carrier's customers are.
 */
record TranscriptWording(Language language, TemporalAmount retention) {

  /**
   * The wording for a retention as configured: an ISO period (P1M) or duration (PT5S, used by tests
   * and short-lived demos).
   */
  static TranscriptWording of(Language language, String iso) {
    String text = iso.strip().toUpperCase(java.util.Locale.ROOT);
    return new TranscriptWording(
        language, text.contains("T") ? Duration.parse(text) : Period.parse(text));
  }

  static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

  private boolean nb() {
    return language == Language.NB;
  }

  String title() {
    return nb() ? "Postbot – utskrift av chat" : "Postbot – chat transcript";
  }

  /** The lines above the messages: when, why the data is processed, how long it is kept. */
  List<String> header(Transcript transcript, Instant downloadedAt) {
    List<String> lines = new ArrayList<>();
    lines.add((nb() ? "Samtale: " : "Conversation: ") + transcript.id());
    lines.add((nb() ? "Startet: " : "Started: ") + time(transcript.startedAt()));
    lines.add(
        (nb() ? "Lastet ned: " : "Downloaded: ")
            + time(downloadedAt)
            + (nb() ? " (norsk tid)" : " (Norwegian time)"));
    lines.add(
        nb()
            ? "Behandlingsgrunnlag: "
                + transcript.legalBasis()
                + " – behandlingen er nødvendig for å svare på henvendelsen din."
            : "Legal basis: "
                + transcript.legalBasis()
                + " – the processing is needed to answer your query.");
    lines.add(
        nb()
            ? "Lagring: Chatten lagres i "
                + period()
                + " med mindre du sletter den når du avslutter. Du kan laste ned eller slette"
                + " chatten fra spørsmålstegnet øverst i chatvinduet."
            : "Retention: The chat is stored for "
                + period()
                + " unless you delete it when you end it. You can download or delete the chat"
                + " from the question mark at the top of the chat window.");
    lines.add(
        nb()
            ? "Personvern: se personvernerklæringen for chatboten (personvern.html)."
            : "Privacy: see the chatbot privacy policy (privacy.html).");
    return lines;
  }

  String author(String author) {
    return switch (author) {
      case "customer" -> nb() ? "Du" : "You";
      case "bot" -> "Postbot";
      case "agent" -> nb() ? "Kundeservice" : "Customer service";
      default -> nb() ? "Melding" : "Notice";
    };
  }

  String time(Instant instant) {
    return TIME.format(instant);
  }

  String trackingHeading(String number, String status) {
    return (nb() ? "Sporing " : "Tracking ") + number + ": " + status;
  }

  String expectedDelivery() {
    return nb() ? "Forventet levert" : "Expected delivery";
  }

  String pickupPoint() {
    return nb() ? "Hentested" : "Pickup point";
  }

  /** "1 month", "3 måneder", "1 year and 6 months"... */
  String period() {
    List<String> parts = new ArrayList<>();
    if (retention instanceof Period p) {
      unit(parts, p.getYears(), nb() ? "år" : "year", nb() ? "år" : "years");
      unit(parts, p.getMonths(), nb() ? "måned" : "month", nb() ? "måneder" : "months");
      unit(parts, p.getDays(), nb() ? "dag" : "day", nb() ? "dager" : "days");
    } else if (retention instanceof Duration d) {
      unit(parts, (int) d.toDays(), nb() ? "dag" : "day", nb() ? "dager" : "days");
      unit(parts, d.toHoursPart(), nb() ? "time" : "hour", nb() ? "timer" : "hours");
      unit(parts, d.toMinutesPart(), nb() ? "minutt" : "minute", nb() ? "minutter" : "minutes");
      unit(parts, d.toSecondsPart(), nb() ? "sekund" : "second", nb() ? "sekunder" : "seconds");
    }
    if (parts.isEmpty()) {
      return nb() ? "kort tid" : "a short time";
    }
    return String.join(nb() ? " og " : " and ", parts);
  }

  private static void unit(List<String> parts, int amount, String one, String many) {
    if (amount > 0) {
      parts.add(amount + " " + (amount == 1 ? one : many));
    }
  }
}
