package io.postbot.chat.domain.model.publication;

import io.postbot.chat.domain.model.knowledge.ContentSet;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The administrators' shared working copy of the content: edits go here, the bot does not see them
 * until the draft is published. There is one draft; two administrators editing at once are kept
 * apart by its revision, so neither overwrites the other's change unseen.
 */
@Entity
@Table(name = "chat_content_draft")
public class ContentDraft {

  static final int THE_DRAFT = 1;

  @Id
  @Column(name = "id")
  private int id = THE_DRAFT;

  @Version
  @Column(name = "revision", nullable = false)
  private long revision;

  @Column(name = "based_on", nullable = false)
  private int basedOn;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "chat_content_draft_section",
      joinColumns = @JoinColumn(name = "draft_id"))
  @OrderColumn(name = "position")
  private List<SectionText> sections = new ArrayList<>();

  @Transient private ContentSet content;

  protected ContentDraft() {}

  /** A draft that starts as the given publication's content. */
  public static ContentDraft startingFrom(Publication publication) {
    ContentDraft draft = new ContentDraft();
    draft.reset(publication, publication.publishedAt(), publication.publishedBy());
    return draft;
  }

  /** Replaces the draft's content with an edited (or imported) one. */
  public void edit(ContentSet edited, Instant at, String by) {
    store(edited, at, by);
  }

  /** Throws the draft's edits away: it is the publication's content again. */
  public void reset(Publication publication, Instant at, String by) {
    this.basedOn = publication.version();
    store(publication.content(), at, by);
  }

  /** The draft was published as {@code publication}: it now starts from there. */
  public void published(Publication publication) {
    this.basedOn = publication.version();
  }

  private void store(ContentSet edited, Instant at, String by) {
    this.content = Objects.requireNonNull(edited);
    this.sections.clear();
    this.sections.addAll(StoredContent.write(edited));
    this.updatedAt = Objects.requireNonNull(at);
    this.updatedBy = Objects.requireNonNull(by);
  }

  public ContentSet content() {
    if (content == null) {
      content = StoredContent.read(sections);
    }
    return content;
  }

  /** Whether the draft holds anything the publication it is based on does not. */
  public boolean differsFrom(Publication publication) {
    return !content().equals(publication.content());
  }

  public long revision() {
    return revision;
  }

  public int basedOn() {
    return basedOn;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
