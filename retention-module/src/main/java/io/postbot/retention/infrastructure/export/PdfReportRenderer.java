package io.postbot.retention.infrastructure.export;

import io.postbot.chat.api.MessageView;
import io.postbot.retention.api.DataSubjectReport;
import io.postbot.retention.api.DataSubjectReport.ChatData;
import io.postbot.retention.api.DataSubjectReport.ConversationData;
import io.postbot.retention.api.DataSubjectReport.HandoffData;
import io.postbot.retention.application.ReportRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The data-subject report as a plain, readable PDF (Apache PDFBox): per conversation its legal
 * basis, the date it will be erased, the contact details and every message.
 */
@ApplicationScoped
public class PdfReportRenderer implements ReportRenderer {

  private static final float MARGIN = 50;
  private static final float LEADING = 13;
  private static final int WRAP = 95;

  @Override
  public byte[] render(DataSubjectReport report) {
    List<String> lines = lines(report);
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      int i = 0;
      while (i < lines.size() || document.getNumberOfPages() == 0) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 10);
          content.setLeading(LEADING);
          content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
          float y = PDRectangle.A4.getHeight() - MARGIN;
          while (i < lines.size() && y > MARGIN) {
            content.showText(printable(lines.get(i++), font));
            content.newLine();
            y -= LEADING;
          }
          content.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(DataSubjectReport report) {
    List<String> lines = new ArrayList<>();
    lines.add("Postbot - data held about you (searched by " + report.searchedBy() + ")");
    lines.add("Generated " + report.generatedAt());
    if (report.truncated()) {
      lines.add(
          "More conversations matched than listed here: only the "
              + report.conversations().size()
              + " most recent are shown.");
    }
    lines.add("Conversations found: " + report.conversations().size());
    for (ConversationData c : report.conversations()) {
      lines.add("");
      lines.add("Conversation " + c.conversation());
      ChatData chat = c.chat();
      if (chat != null) {
        lines.add("  Chat with the bot - legal basis: " + chat.legalBasis());
        lines.add("  Started " + chat.startedAt() + ", last activity " + chat.lastActivityAt());
        lines.add("  Erased by: " + date(chat.erasedBy()) + " (" + chat.retentionRule() + ")");
        for (MessageView m : chat.messages()) {
          wrap("  [" + m.time() + "] " + m.author() + ": " + m.text(), lines);
        }
      }
      HandoffData h = c.handoff();
      if (h != null) {
        lines.add("  Chat with customer service - legal basis: " + h.legalBasis());
        lines.add("  Name: " + h.name() + ", e-mail: " + h.email() + ", phone: " + h.phone());
        lines.add(
            "  Category: "
                + h.category()
                + ", queued "
                + h.queuedAt()
                + ", closed "
                + h.closedAt());
        lines.add("  Erased by: " + date(h.erasedBy()) + " (" + h.retentionRule() + ")");
        for (String note : h.internalNotes()) {
          wrap("  Note: " + note, lines);
        }
      }
    }
    return lines;
  }

  private static String date(Instant at) {
    return at == null ? "when the agent chat closes, plus its period" : at.toString();
  }

  private static void wrap(String text, List<String> lines) {
    for (String paragraph : text.split("\\R")) {
      String rest = paragraph;
      while (rest.length() > WRAP) {
        int cut = rest.lastIndexOf(' ', WRAP);
        cut = cut <= 0 ? WRAP : cut;
        lines.add(rest.substring(0, cut));
        rest = "    " + rest.substring(cut).strip();
      }
      lines.add(rest);
    }
  }

  /** Replaces what the standard font cannot draw (emoji, other scripts) with '?'. */
  private static String printable(String line, PDType1Font font) {
    StringBuilder out = new StringBuilder();
    line.codePoints()
        .forEach(cp -> {
          String ch = new String(Character.toChars(cp));
          try {
            font.encode(ch);
            out.append(ch);
          } catch (IOException | IllegalArgumentException e) {
            out.append('?');
          }
        });
    return out.toString();
  }
}
