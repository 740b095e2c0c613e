package io.postbot.chat.api.attachment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The extras of one message, at most one of each kind, in the order they are shown. Typed lookups
 * ({@link #find}) replace reading a JSON string back.
 */
public record Attachments(List<Attachment> list) {

  private static final Attachments NONE = new Attachments(List.of());

  public Attachments {
    list = List.copyOf(list);
    if (list.stream().map(Object::getClass).distinct().count() != list.size()) {
      throw new IllegalArgumentException("a message carries at most one attachment of each kind");
    }
  }

  public static Attachments none() {
    return NONE;
  }

  public static Attachments of(Attachment... attachments) {
    return new Attachments(List.of(attachments));
  }

  /** These and one more. */
  public Attachments with(Attachment attachment) {
    List<Attachment> more = new ArrayList<>(list);
    more.add(attachment);
    return new Attachments(more);
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public <T extends Attachment> Optional<T> find(Class<T> kind) {
    return list.stream().filter(kind::isInstance).map(kind::cast).findFirst();
  }
}
