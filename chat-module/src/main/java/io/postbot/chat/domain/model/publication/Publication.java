package io.postbot.chat.domain.model.publication;

import io.postbot.chat.domain.model.knowledge.ContentSet;
import io.postbot.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One published version of the content, numbered 1, 2, 3...: the content the bot answers from is
 * always the newest publication. Publications are never changed or deleted; rolling back publishes
 * an earlier version's content again as a new one, so the history reads forward.
 */
@Entity
@Table(name = "chat_content_publication")
public class Publication {

  @Id
  @Column(name = "version")
  private int version;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "published_by", nullable = false, length = 64)
  private String publishedBy;

  @Column(name = "note", nullable = false, length = 500)
  private String note;

  @Column(name = "restored_from")
  private Integer restoredFrom;

  @Column(name = "intents", nullable = false)
  private int intents;

  @Column(name = "examples", nullable = false)
  private int examples;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "chat_content_publication_section",
      joinColumns = @JoinColumn(name = "publication_version"))
  @OrderColumn(name = "position")
  private List<SectionText> sections = new ArrayList<>();

  @Transient private ContentSet content;

  protected Publication() {}

  private Publication(
      int version, ContentSet content, Instant at, String by, String note, Integer restoredFrom) {
    if (by == null || by.isBlank() || by.length() > 64) {
      throw new IllegalArgumentException("a publication names who published it");
    }
    if (note == null || note.isBlank() || note.length() > 500) {
      throw new InvalidInputException(
          "invalid-publication",
          "publication.note",
          "say in 1 to 500 characters what the publication changes");
    }
    this.version = version;
    this.content = Objects.requireNonNull(content);
    this.publishedAt = Objects.requireNonNull(at);
    this.publishedBy = by;
    this.note = note.strip();
    this.restoredFrom = restoredFrom;
    this.intents = content.intents().size();
    this.examples = content.exampleCount();
    this.sections = new ArrayList<>(StoredContent.write(content));
  }

  /** The first publication: the content a new installation starts from. */
  public static Publication first(ContentSet content, Instant at, String by, String note) {
    return new Publication(1, content, at, by, note, null);
  }

  /** The next version, publishing {@code content}. */
  public Publication next(ContentSet content, Instant at, String by, String note) {
    return new Publication(version + 1, content, at, by, note, null);
  }

  /** The next version, publishing again the content of {@code earlier}. */
  public Publication restoring(Publication earlier, Instant at, String by) {
    if (earlier.version >= version) {
      throw new InvalidInputException(
          "content-version", "content.not-earlier", "only an earlier version can be restored");
    }
    return new Publication(
        version + 1,
        earlier.content(),
        at,
        by,
        "Rolled back to version " + earlier.version,
        earlier.version);
  }

  public int version() {
    return version;
  }

  public ContentSet content() {
    if (content == null) {
      content = StoredContent.read(sections);
    }
    return content;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public String note() {
    return note;
  }

  public Optional<Integer> restoredFrom() {
    return Optional.ofNullable(restoredFrom);
  }

  public int intentCount() {
    return intents;
  }

  public int exampleCount() {
    return examples;
  }
}
