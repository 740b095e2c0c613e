package io.postbot.chat.domain.model.knowledge;

import io.postbot.chat.api.ContentProblem;

/** A line of content Markdown that does not follow the format; the line is 1-based. */
public class ContentSyntaxException extends RuntimeException {

  private final int line;
  private final ContentProblem problem;

  /**
   * @param key what is wrong, a key of the ContentProblems bundle ("syntax....")
   */
  public ContentSyntaxException(int line, String key, Object... arguments) {
    this(line, ContentProblem.of(null, key, arguments));
  }

  private ContentSyntaxException(int line, ContentProblem problem) {
    super("line " + line + ": " + problem.message());
    this.line = line;
    this.problem = problem;
  }

  public int line() {
    return line;
  }

  /** What is wrong, in English (the start-up's error). */
  public String problem() {
    return problem.message();
  }

  /** What is wrong, placed at this line of the file, for an editor to read in their language. */
  public ContentProblem in(String file) {
    return problem.at(file + ":" + line);
  }
}
