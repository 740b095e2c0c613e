package io.postbot.chat.domain.model.knowledge;

/** The content shipped with the application: what a new installation publishes first. */
public interface ShippedContent {

  /**
   * @throws io.postbot.chat.api.InvalidContentException when the shipped files break a rule
   */
  ContentSet load();
}
