package io.postbot.shared;

/**
 * The one sanitiser for text people type (chat messages, offline messages, survey comments, notes,
 * canned responses): control characters other than line breaks and tabs go (a NUL is refused by
 * PostgreSQL), as do unpaired surrogates (not encodable) and bidirectional overrides (which make
 * text read differently in the console than it was written); line breaks become "\n".
 */
public final class FreeText {

  private FreeText() {}

  /** The cleaned, stripped text; null stays null. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String unified = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder clean = new StringBuilder(unified.length());
    for (int i = 0; i < unified.length(); i++) {
      char c = unified.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < unified.length()
          && Character.isLowSurrogate(unified.charAt(i + 1))) {
        clean.append(c).append(unified.charAt(++i));
      } else if (!Character.isSurrogate(c) && keeps(c)) {
        clean.append(c);
      }
    }
    return clean.toString().strip();
  }

  private static boolean keeps(char c) {
    if (c == '\n' || c == '\t') {
      return true;
    }
    boolean bidiControl = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    return !Character.isISOControl(c) && !bidiControl && c != '\uFEFF';
  }
}
