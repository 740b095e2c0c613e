package io.postbot.statistics.api;

import io.postbot.shared.Language;
import java.util.Optional;

/**
 * Which questions a reviewer wants to see.
 *
 * @param selection uniform or stratified by intent and confidence
 * @param size how many questions, 1 to 100
 * @param days how far back "recent" reaches, 1 to 365 days
 * @param language only questions in this language, or both when empty
 */
public record ReviewRequest(
    ReviewSelection selection, int size, int days, Optional<Language> language) {

  public static final int MAX_SIZE = 100;
  public static final int MAX_DAYS = 365;

  public ReviewRequest {
    if (selection == null) {
      throw new IllegalArgumentException("choose uniform or stratified");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("a review draws 1 to " + MAX_SIZE + " questions");
    }
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("recent means 1 to " + MAX_DAYS + " days");
    }
    language = language == null ? Optional.empty() : language;
  }
}
