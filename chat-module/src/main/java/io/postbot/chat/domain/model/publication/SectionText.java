package io.postbot.chat.domain.model.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One section of content as stored: its name and its canonical Markdown. */
@Embeddable
public class SectionText {

  @Column(name = "name", nullable = false, length = 40)
  private String name;

  @Column(name = "markdown", nullable = false, length = 1_000_000)
  private String markdown;

  protected SectionText() {}

  SectionText(String name, String markdown) {
    this.name = name;
    this.markdown = markdown;
  }

  public String name() {
    return name;
  }

  public String markdown() {
    return markdown;
  }
}
