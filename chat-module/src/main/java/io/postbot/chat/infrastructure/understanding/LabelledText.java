package io.postbot.chat.infrastructure.understanding;

import java.util.Locale;

/** A training or test sentence with its intent label; {@link #OUT_OF_SCOPE} marks rejections. */
public record LabelledText(String label, String text) {

  /** The label of sentences the bot should not answer. */
  public static final String OUT_OF_SCOPE = "oos";

  public LabelledText {
    if (label == null || label.isBlank() || text == null) {
      throw new IllegalArgumentException("a labelled text needs a label and a text");
    }
    label = isOutOfScopeLabel(label) ? OUT_OF_SCOPE : label.strip();
  }

  public boolean outOfScope() {
    return label.equals(OUT_OF_SCOPE);
  }

  /** Both spellings in use: "oos" (CLINC150) and "out_of_scope" (the bot's content). */
  public static boolean isOutOfScopeLabel(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    return l.equals("oos") || l.equals("out_of_scope");
  }
}
