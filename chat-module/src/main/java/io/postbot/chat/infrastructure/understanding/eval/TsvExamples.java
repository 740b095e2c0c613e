package io.postbot.chat.infrastructure.understanding.eval;

import io.postbot.chat.infrastructure.understanding.LabelledText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code intent<TAB>utterance} files; blank lines and # comments are skipped, anything else
 * must parse.
 */
final class TsvExamples {

  private TsvExamples() {}

  static List<LabelledText> read(Path file) throws IOException {
    List<LabelledText> examples = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IOException(file + ":" + (i + 1) + ": expected intent<TAB>utterance");
      }
      examples.add(new LabelledText(line.substring(0, tab), line.substring(tab + 1).strip()));
    }
    return examples;
  }
}
