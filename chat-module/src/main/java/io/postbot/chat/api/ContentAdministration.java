package io.postbot.chat.api;

import io.postbot.shared.Language;
import java.util.List;

/**
 * Content management for administrators: edit intents (examples, answers in both languages, quick
 * replies and links) in a shared draft checked by the start-up's rules, try the bot against the
 * draft, publish it as a numbered version, see the history and what each version changed, roll
 * back, and export or import the Markdown files. A publication reaches every server without a
 * restart.
 */
public interface ContentAdministration {

  DraftView draft();

  /** An intent of the draft, for editing. */
  IntentForm intent(String id);

  /**
   * Saves an intent into the draft: new when {@code originalId} is null, else in place of that
   * intent (which it may rename).
   *
   * @throws InvalidContentException naming every problem; the draft is then unchanged
   */
  DraftView saveIntent(String originalId, IntentForm form, Editor by);

  /**
   * @throws InvalidContentException when the bot needs it or a quick reply leads to it
   */
  DraftView deleteIntent(String id, Editor by);

  /** The draft becomes the published content again. */
  DraftView discardDraft(Editor by);

  /**
   * Publishes the draft; the bot answers from it at once. When it teaches other examples, a new
   * model version is trained for it.
   *
   * @throws IllegalStateException when the draft has nothing new
   */
  PublicationView publish(String note, Editor by);

  /** Newest first. */
  List<PublicationView> history(int limit);

  /** What a version changed against the one before it. */
  List<ContentChange> changesIn(int version);

  /** Publishes the content of an earlier version again, and makes the draft that content. */
  PublicationView rollBackTo(int version, Editor by);

  /** The content as a zip of Markdown files and their index, as shipped in the application. */
  byte[] exportMarkdown(boolean draft);

  /**
   * Replaces the draft with the content of a zip of Markdown files (with index.txt, as exported) or
   * one Markdown file.
   *
   * @throws InvalidContentException naming file and line of the first problem
   */
  DraftView importMarkdown(String fileName, byte[] content, Editor by);

  /** How the bot would take a sentence with the draft's content. */
  DraftPreview tryDraft(String sentence, Language language);

  /** The published intents a reviewer may choose from, named in the language, by id. */
  List<IntentChoice> intentChoices(Language language);
}
