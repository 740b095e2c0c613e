package io.postbot.chat.domain.model.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A button as an editor writes it, before it is checked: a label and a target, {@code
 * intent:track_parcel} for a quick reply or an https address for a link. Its {@link #flaw} lets the
 * form and the Markdown reader each say what is wrong in their own words.
 */
public record ButtonDraft(String label, String target) {

  private static final String INTENT = "intent:";

  /** What can keep a written button from being a {@link Button}. */
  public enum Flaw {
    NO_LABEL,
    NO_TARGET,
    NOT_AN_INTENT,
    NOT_A_LINK,
    NOT_HTTPS
  }

  public ButtonDraft {
    label = label == null ? "" : label;
    target = target == null ? "" : target;
  }

  /** The first thing wrong with it, in the order {@link Button} checks. */
  public Optional<Flaw> flaw() {
    if (label.isBlank()) {
      return Optional.of(Flaw.NO_LABEL);
    }
    if (target.isBlank()) {
      return Optional.of(Flaw.NO_TARGET);
    }
    if (target.startsWith(INTENT)) {
      return IntentId.isValid(intent()) ? Optional.empty() : Optional.of(Flaw.NOT_AN_INTENT);
    }
    try {
      return "https".equals(new URI(target).getScheme())
          ? Optional.empty()
          : Optional.of(Flaw.NOT_HTTPS);
    } catch (URISyntaxException e) {
      return Optional.of(Flaw.NOT_A_LINK);
    }
  }

  /** The button; call only when {@link #flaw()} is empty. */
  public Button toButton() {
    return target.startsWith(INTENT)
        ? Button.quickReply(label, new IntentId(intent()))
        : Button.link(label, URI.create(target));
  }

  private String intent() {
    return target.substring(INTENT.length()).strip();
  }
}
