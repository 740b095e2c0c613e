package io.postbot.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "Free text loses control characters, broken surrogates and bidi overrides, nothing else")
class FreeTextIsCleanedTest {

  @Test
  @DisplayName("NUL, other C0 and C1 controls and DEL go; line breaks and tabs stay")
  void controls() {
    assertThat(FreeText.clean("a\u0000b\u0007c\u007Fd\u0085e\u009Bf")).isEqualTo("abcdef");
    assertThat(FreeText.clean("line 1\r\nline 2\rline 3\tend"))
        .isEqualTo("line 1\nline 2\nline 3\tend");
  }

  @Test
  @DisplayName("an unpaired surrogate goes, emoji and letters of every language stay")
  void surrogates() {
    assertThat(FreeText.clean("x\uD83Dy\uDC00z")).isEqualTo("xyz");
    assertThat(FreeText.clean("Pakken 📦 æøå ÆØÅ 👩‍👩‍👧 中文"))
        .isEqualTo("Pakken 📦 æøå ÆØÅ 👩‍👩‍👧 中文");
  }

  @Test
  @DisplayName("bidirectional overrides and byte-order marks go; the text is stripped; null stays")
  void bidi() {
    assertThat(FreeText.clean("\uFEFF pay \u202Eevil\u202C now\u2066x\u2069 "))
        .isEqualTo("pay evil nowx");
    assertThat(FreeText.clean(null)).isNull();
  }
}
