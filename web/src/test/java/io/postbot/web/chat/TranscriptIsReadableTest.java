package io.postbot.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.Transcript;
import io.postbot.chat.api.attachment.AttachmentsJson;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.io.IOException;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A downloaded transcript is readable as text and as PDF")
class TranscriptIsReadableTest {

  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  private static final String CARD =
      """
      {"tracking":{"number":"CT797294851NO","status":"READY_FOR_PICKUP",
       "statusText":"Klar til henting","expectedDelivery":"2026-11-30",
       "pickupPoint":{"name":"Kiwi Grünerløkka","address":"Thorvald Meyers gate 1",
        "postalCode":"0555","city":"Oslo","openingHours":"07-23"},
       "events":[{"time":"2026-11-29T08:15:00+01:00","description":"Ankommet hentested",
        "city":"Oslo"}]}}
      """;

  private final Transcript transcript =
      new Transcript(
          ConversationId.parse("0b7c1f0e-4a8e-4a59-9f8e-1c2d3e4f5a6b"),
          Language.NB,
          "GDPR Art. 6(1)(b)",
          T0,
          T0.plusSeconds(60),
          false,
          List.of(
              new MessageView(1, "bot", "Hei! Hva kan jeg hjelpe deg med?", T0, null),
              new MessageView(2, "customer", "Hvor er pakken min? 📦 æøå ÆØÅ", T0, null),
              new MessageView(
                  3, "bot", "Pakken er klar på hentestedet.", T0, AttachmentsJson.read(CARD))));

  private final TranscriptWording norwegian =
      new TranscriptWording(Language.NB, Period.ofMonths(1));

  @Test
  @DisplayName("the text has the legal basis, the retention notice and every message with its time")
  void text() {
    String text = TranscriptText.render(transcript, norwegian, T0.plusSeconds(120));

    assertThat(text)
        .startsWith("Postbot – utskrift av chat\n")
        .contains("Behandlingsgrunnlag: GDPR Art. 6(1)(b)")
        .contains("Chatten lagres i 1 måned med mindre du sletter den")
        .contains("[2026-11-29 11:00] Du:\nHvor er pakken min? 📦 æøå ÆØÅ")
        .contains("[2026-11-29 11:00] Postbot:\nHei! Hva kan jeg hjelpe deg med?")
        .contains("Sporing CT797294851NO: Klar til henting")
        .contains("- 2026-11-29 08:15 Ankommet hentested (Oslo)")
        .contains("Hentested: Kiwi Grünerløkka, Thorvald Meyers gate 1, 0555, Oslo, 07-23");
  }

  @Test
  @DisplayName("the English transcript speaks English")
  void english() {
    var words = new TranscriptWording(Language.EN, Period.ofMonths(1));

    assertThat(TranscriptText.render(transcript, words, T0))
        .contains("Legal basis: GDPR Art. 6(1)(b) – the processing is needed to answer your query.")
        .contains("The chat is stored for 1 month unless you delete it when you end it.")
        .contains("] You:");
  }

  @Test
  @DisplayName("the PDF reads back with the same words, æøå intact, emoji replaced")
  void pdf() throws IOException {
    List<String> lines = TranscriptText.lines(transcript, norwegian, T0);

    byte[] pdf = TranscriptPdf.render(norwegian.title(), lines);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo(norwegian.title());
      assertThat(text)
          .contains("Behandlingsgrunnlag: GDPR Art. 6(1)(b)")
          .contains("Chatten lagres i 1 måned")
          .contains("Hvor er pakken min? ? æøå ÆØÅ")
          .contains("Kiwi Grünerløkka");
    }
  }

  @Test
  @DisplayName("a long conversation wraps long lines and flows over several pages")
  void longConversation() throws IOException {
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < 120; i++) {
      lines.add("Linje " + i + " " + "ord ".repeat(40) + "x".repeat(150));
    }

    byte[] pdf = TranscriptPdf.render("t", lines);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(5);
      assertThat(new PDFTextStripper().getText(document)).contains("Linje 119");
    }
  }

  @Test
  @DisplayName("text is preferred, then PDF, then JSON, as the client's Accept orders them")
  void negotiation() {
    assertThat(TranscriptResource.choose(List.of(jakarta.ws.rs.core.MediaType.WILDCARD_TYPE)))
        .isEqualTo(jakarta.ws.rs.core.MediaType.TEXT_PLAIN_TYPE);
    assertThat(
            TranscriptResource.choose(
                List.of(
                    new jakarta.ws.rs.core.MediaType("application", "pdf"),
                    jakarta.ws.rs.core.MediaType.TEXT_PLAIN_TYPE)))
        .isEqualTo(TranscriptResource.PDF_TYPE);
  }

  @Test
  @DisplayName("a retention set as a duration (PT5S, PT36H) is told in hours, minutes and seconds")
  void durationRetention() {
    assertThat(TranscriptWording.of(Language.EN, "PT5S").period()).isEqualTo("5 seconds");
    assertThat(TranscriptWording.of(Language.NB, "PT36H").period()).isEqualTo("1 dag og 12 timer");
    assertThat(TranscriptWording.of(Language.EN, "P1M").period()).isEqualTo("1 month");
    assertThat(TranscriptText.render(transcript, TranscriptWording.of(Language.EN, "PT5S"), T0))
        .contains("The chat is stored for 5 seconds unless you delete it");
  }
}
