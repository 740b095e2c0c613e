package io.postbot.chat.application.content;

import io.postbot.chat.api.ContentAdministration;
import io.postbot.chat.api.ContentChange;
import io.postbot.chat.api.ContentPublished;
import io.postbot.chat.api.DraftPreview;
import io.postbot.chat.api.DraftView;
import io.postbot.chat.api.Editor;
import io.postbot.chat.api.IntentChoice;
import io.postbot.chat.api.IntentForm;
import io.postbot.chat.api.PublicationView;
import io.postbot.chat.api.UnknownIntentException;
import io.postbot.chat.application.IntentTitles;
import io.postbot.chat.domain.model.knowledge.ContentDiff;
import io.postbot.chat.domain.model.knowledge.ContentSet;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.chat.domain.model.publication.ContentDraft;
import io.postbot.chat.domain.model.publication.ContentDrafts;
import io.postbot.chat.domain.model.publication.Publication;
import io.postbot.chat.domain.model.publication.Publications;
import io.postbot.shared.Language;
import io.postbot.shared.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The content-management use cases. Every edit is checked as a whole set before the draft takes it,
 * so the draft is always publishable; publishing and rolling back switch this server's bot after
 * the commit, and other servers at their next refresh.
 */
@ApplicationScoped
@Transactional
public class ContentAdministrationService implements ContentAdministration {

  @Inject Publications publications;
  @Inject ContentDrafts drafts;
  @Inject KnowledgeBase published;
  @Inject BotPreview preview;
  @Inject Event<Object> events;
  @Inject Clock clock;

  @Override
  public DraftView draft() {
    return DraftViews.of(theDraft(), latest());
  }

  @Override
  public IntentForm intent(String id) {
    ContentSet content = theDraft().content();
    IntentId intent = intentId(id);
    return content
        .intent(intent)
        .map(i -> IntentForms.form(i, content.sectionOf(intent).orElseThrow()))
        .orElseThrow(() -> new UnknownIntentException(id));
  }

  @Override
  public DraftView saveIntent(String originalId, IntentForm form, Editor by) {
    ContentDraft draft = theDraft();
    IntentId replacing = originalId == null || originalId.isBlank() ? null : intentId(originalId);
    ContentSet edited =
        draft.content().with(form.section().strip(), IntentForms.intent(form), replacing);
    draft.edit(edited, clock.instant(), by.username());
    return DraftViews.of(draft, latest());
  }

  @Override
  public DraftView deleteIntent(String id, Editor by) {
    ContentDraft draft = theDraft();
    draft.edit(draft.content().without(intentId(id)), clock.instant(), by.username());
    return DraftViews.of(draft, latest());
  }

  @Override
  public DraftView discardDraft(Editor by) {
    ContentDraft draft = theDraft();
    Publication latest = latest();
    draft.reset(latest, clock.instant(), by.username());
    return DraftViews.of(draft, latest);
  }

  @Override
  public PublicationView publish(String note, Editor by) {
    ContentDraft draft = theDraft();
    Publication latest = latest();
    if (!draft.differsFrom(latest)) {
      throw new StateConflictException(
          "content-unchanged", "content.nothing-new", "the draft holds nothing new to publish");
    }
    Publication next = latest.next(draft.content(), clock.instant(), by.username(), note);
    publications.add(next);
    draft.published(next);
    announce(latest, next);
    return PublicationViews.of(next, true);
  }

  @Override
  public List<PublicationView> history(int limit) {
    int newest = latest().version();
    return publications.history(limit).stream()
        .map(p -> PublicationViews.of(p, p.version() == newest))
        .toList();
  }

  @Override
  public List<ContentChange> changesIn(int version) {
    Publication publication = publication(version);
    if (version == 1) {
      return ContentDiff.between(ContentSet.empty(), publication.content());
    }
    return ContentDiff.between(publication(version - 1).content(), publication.content());
  }

  @Override
  public PublicationView rollBackTo(int version, Editor by) {
    Publication latest = latest();
    if (version >= latest.version()) {
      throw new StateConflictException(
          "content-version",
          "content.not-earlier",
          "version " + version + " is not an earlier version");
    }
    Publication restored = latest.restoring(publication(version), clock.instant(), by.username());
    publications.add(restored);
    theDraft().reset(restored, clock.instant(), by.username());
    announce(latest, restored);
    return PublicationViews.of(restored, true);
  }

  @Override
  public byte[] exportMarkdown(boolean draft) {
    return ContentArchive.write(draft ? theDraft().content() : latest().content());
  }

  @Override
  public DraftView importMarkdown(String fileName, byte[] content, Editor by) {
    ContentDraft draft = theDraft();
    ContentSet imported = ContentImport.into(draft.content(), fileName, content);
    draft.edit(imported, clock.instant(), by.username());
    return DraftViews.of(draft, latest());
  }

  @Override
  public DraftPreview tryDraft(String sentence, Language language) {
    return preview.tryOut(theDraft().content(), sentence, language);
  }

  @Override
  public List<IntentChoice> intentChoices(Language language) {
    IntentTitles titles = new IntentTitles(published);
    return published.intents().stream()
        .map(i -> new IntentChoice(i.id().value(), titles.title(i.id(), language)))
        .toList();
  }

  private void announce(Publication before, Publication now) {
    events.fire(new PublicationReady(now.content(), now.version()));
    events.fire(
        new ContentPublished(
            now.version(),
            ContentDiff.examplesDiffer(before.content(), now.content()),
            clock.instant()));
  }

  private ContentDraft theDraft() {
    return drafts
        .find()
        .orElseGet(() -> {
          ContentDraft draft = ContentDraft.startingFrom(latest());
          drafts.add(draft);
          return draft;
        });
  }

  private Publication latest() {
    return publications
        .latest()
        .orElseThrow(() -> new IllegalStateException("no content has been published yet"));
  }

  private Publication publication(int version) {
    return publications
        .find(version)
        .orElseThrow(() -> new IllegalArgumentException("there is no version " + version));
  }

  private static IntentId intentId(String id) {
    try {
      return new IntentId(id == null ? "" : id.strip());
    } catch (IllegalArgumentException e) {
      throw new UnknownIntentException(String.valueOf(id));
    }
  }
}
