package io.postbot.chat.api;

import java.util.List;

/**
 * Content that breaks the rules the bot's start-up applies (examples and an answer in each
 * language, quick replies that lead somewhere, https links...) is refused as a whole, with every
 * problem found.
 */
public class InvalidContentException extends RuntimeException {

  private final List<ContentProblem> problems;

  public InvalidContentException(List<ContentProblem> problems) {
    super(problems.isEmpty() ? "invalid content" : problems.get(0).toString());
    this.problems = List.copyOf(problems);
  }

  public List<ContentProblem> problems() {
    return problems;
  }
}
