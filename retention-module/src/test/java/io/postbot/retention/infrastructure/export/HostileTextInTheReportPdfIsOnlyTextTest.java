package io.postbot.retention.infrastructure.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.MessageView;
import io.postbot.retention.api.DataSubjectReport;
import io.postbot.retention.api.DataSubjectReport.ChatData;
import io.postbot.retention.api.DataSubjectReport.ConversationData;
import io.postbot.retention.api.DataSubjectReport.HandoffData;
import java.io.IOException;
import java.time.Instant;
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
 * What a customer typed, the name they gave and an agent's notes are drawn into the data-subject
 * report as text: markup and PDF syntax read back as typed, and the document holds nothing a viewer
 * would run or follow (no JavaScript, open or launch actions, links or forms).
 */
@DisplayName("Hostile text in a data-subject report PDF is only text")
class HostileTextInTheReportPdfIsOnlyTextTest {

  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
  private static final String MARKUP = "<img src=x onerror=\"alert(1)\"><script>alert(2)</script>";
  private static final String PDF_SYNTAX =
      ") Tj ET /OpenAction << /S /JavaScript /JS (app.alert(3)) >>";
  private static final String LAUNCH = "<< /S /Launch /F (calc.exe) >> endobj";

  @Test
  @DisplayName("markup and PDF syntax in a name, messages and notes read back as typed")
  void hostileReport() throws IOException {
    // given a report of a person whose name, messages and agent notes carry markup and PDF syntax
    ChatData chat =
        new ChatData(
            "GDPR Art. 6(1)(b)",
            "en",
            T0,
            T0,
            T0,
            T0,
            T0.plusSeconds(3600),
            "bot chats: 1 month",
            List.of(
                new MessageView(1, "customer", MARKUP, T0, null),
                new MessageView(2, "customer", PDF_SYNTAX, T0, null)));
    HandoffData handoff =
        new HandoffData(
            "Kari <b>(x) Tj</b>",
            "kari@example.no",
            "91234567",
            "GDPR Art. 6(1)(f)",
            "COMPLAINT",
            T0,
            T0,
            T0.plusSeconds(7200),
            "complaints: 3.5 years",
            List.of(LAUNCH));
    DataSubjectReport report =
        new DataSubjectReport(
            "e-mail", T0, List.of(new ConversationData("c-1", chat, handoff)), false);

    // when it is rendered as PDF
    byte[] pdf = new PdfReportRenderer().render(report);

    // then the text is there as typed, and nothing in the document acts
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains(MARKUP)
          .contains(PDF_SYNTAX)
          .contains(LAUNCH)
          .contains("Kari <b>(x) Tj</b>");
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
