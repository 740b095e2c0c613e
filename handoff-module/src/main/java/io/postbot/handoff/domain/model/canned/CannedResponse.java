package io.postbot.handoff.domain.model.canned;

import io.postbot.shared.FreeText;
import io.postbot.shared.InvalidInputException;
import io.postbot.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A ready-made answer agents insert into a chat with one click, written by supervisors in each
 * language the service speaks.
 */
@Entity
@Table(name = "handoff_canned_response")
public class CannedResponse {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Column(nullable = false, length = 80)
  private String title;

  @Column(nullable = false, length = 2000)
  private String text;

  protected CannedResponse() {}

  public CannedResponse(Language language, String title, String text) {
    title = FreeText.clean(title);
    text = FreeText.clean(text);
    if (language == null) {
      throw new InvalidInputException(
          "invalid-canned-response", "canned.language", "choose a language");
    }
    if (title == null || title.isBlank() || title.length() > 80) {
      throw new InvalidInputException(
          "invalid-canned-response", "canned.title", "a title has 1 to 80 characters");
    }
    if (text == null || text.isBlank() || text.length() > 2000) {
      throw new InvalidInputException(
          "invalid-canned-response", "canned.text", "a text has 1 to 2000 characters");
    }
    this.id = UUID.randomUUID();
    this.language = language;
    this.title = title.strip();
    this.text = text.strip();
  }

  public UUID id() {
    return id;
  }

  public Language language() {
    return language;
  }

  public String title() {
    return title;
  }

  public String text() {
    return text;
  }
}
