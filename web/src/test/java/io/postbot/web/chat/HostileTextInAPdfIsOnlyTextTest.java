package io.postbot.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.Transcript;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.io.IOException;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a customer, an agent or the content typed is drawn into the transcript PDF as text: markup
 * and PDF syntax read back as typed, and the document holds nothing a viewer would run or follow
 * (no JavaScript, open actions, launch actions, links or forms).
 */
@DisplayName("Hostile text in a transcript PDF is only text")
class HostileTextInAPdfIsOnlyTextTest {

  private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
  private static final String MARKUP = "<img src=x onerror=\"alert(1)\"><script>alert(2)</script>";
  private static final String PDF_SYNTAX =
      ") Tj ET /OpenAction << /S /JavaScript /JS (app.alert(3)) >> BT (";
  private static final String LAUNCH = "<< /S /Launch /F (calc.exe) >> endobj 9 0 obj";

  @Test
  @DisplayName("markup and PDF syntax in messages read back as typed and add no action")
  void hostileMessages() throws IOException {
    // given a transcript whose messages carry markup and PDF syntax
    Transcript transcript =
        new Transcript(
            ConversationId.parse("0b7c1f0e-4a8e-4a59-9f8e-1c2d3e4f5a6b"),
            Language.EN,
            "GDPR Art. 6(1)(b)",
            T0,
            T0.plusSeconds(60),
            false,
            List.of(
                new MessageView(1, "customer", MARKUP, T0, null),
                new MessageView(2, "bot", PDF_SYNTAX, T0, null),
                new MessageView(3, "agent", LAUNCH, T0, null)));
    TranscriptWording words = new TranscriptWording(Language.EN, Period.ofMonths(1));

    // when it is rendered as PDF
    byte[] pdf = TranscriptPdf.render(words.title(), TranscriptText.lines(transcript, words, T0));

    // then the text is there as typed, and nothing in the document acts
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains(MARKUP).contains(PDF_SYNTAX).contains(LAUNCH);
      assertThat(document.getDocumentCatalog().getCOSObject().containsKey(COSName.OPEN_ACTION))
          .isFalse();
      assertThat(document.getDocumentCatalog().getAcroForm()).isNull();
      assertThat(document.getDocumentCatalog().getNames()).isNull();
      for (PDPage page : document.getPages()) {
        assertThat(page.getAnnotations()).isEmpty();
        assertThat(page.getCOSObject().containsKey(COSName.AA)).isFalse();
      }
      assertThat(dictionaryNames(document))
          .doesNotContain(
              COSName.JS, COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"), COSName.URI);
    }
  }

  /** Every name used as a key or a value of a dictionary among the file's objects. */
  private static List<COSName> dictionaryNames(PDDocument document) {
    List<COSName> names = new ArrayList<>();
    for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
      if (document.getDocument().getObjectFromPool(key).getObject() instanceof COSDictionary d) {
        names.addAll(d.keySet());
        d.getValues().stream()
            .filter(COSName.class::isInstance)
            .map(COSName.class::cast)
            .forEach(names::add);
      }
    }
    return names;
  }
}
