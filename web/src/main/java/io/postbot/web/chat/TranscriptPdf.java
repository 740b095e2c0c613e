package io.postbot.web.chat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The transcript as an A4 PDF in Helvetica. The standard fonts' WinAnsi encoding covers æøå and the
 * other Western European letters; anything it cannot draw (emoji, other scripts) becomes "?" rather
 * than failing the download.
 */
final class TranscriptPdf {

  private static final float MARGIN = 50;
  private static final float FONT_SIZE = 10.5f;
  private static final float LEADING = 14;

  private TranscriptPdf() {}

  static byte[] render(String title, List<String> lines) {
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(drawable(title, regular));
      info.setCreator("Postbot");
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      Pages pages = new Pages(document);
      boolean first = true;
      for (String line : lines) {
        boolean heading = first || line.startsWith("[");
        PDType1Font font = heading ? bold : regular;
        for (String wrapped : wrap(drawable(line, font), font, width)) {
          pages.line(wrapped, font, first ? 14 : FONT_SIZE);
        }
        first = false;
      }
      pages.close();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces what the font cannot encode, character by character. */
  static String drawable(String text, PDType1Font font) {
    StringBuilder result = new StringBuilder(text.length());
    text.codePoints()
        .forEach(cp -> {
          String ch = cp == '\t' ? "    " : Character.toString(cp);
          try {
            font.encode(ch);
            result.append(ch);
          } catch (IOException | IllegalArgumentException e) {
            result.append('?');
          }
        });
    return result.toString();
  }

  static List<String> wrap(String line, PDType1Font font, float width) throws IOException {
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : line.split(" ", -1)) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (textWidth(candidate, font) <= width) {
        current = new StringBuilder(candidate);
        continue;
      }
      if (!current.isEmpty()) {
        result.add(current.toString());
      }
      current = new StringBuilder();
      for (char c : word.toCharArray()) {
        if (textWidth(current.toString() + c, font) > width) {
          result.add(current.toString());
          current = new StringBuilder();
        }
        current.append(c);
      }
    }
    result.add(current.toString());
    return result;
  }

  private static float textWidth(String text, PDType1Font font) throws IOException {
    return font.getStringWidth(text) / 1000 * FONT_SIZE;
  }

  /** Adds pages as the text runs down. */
  private static final class Pages {
    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;

    Pages(PDDocument document) {
      this.document = document;
    }

    void line(String text, PDType1Font font, float size) throws IOException {
      if (stream == null || y < MARGIN) {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
      }
      if (!text.isEmpty()) {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(MARGIN, y);
        stream.showText(text);
        stream.endText();
      }
      y -= size > FONT_SIZE ? LEADING + 6 : LEADING;
    }

    void close() throws IOException {
      if (stream != null) {
        stream.close();
        stream = null;
      }
    }
  }
}
