package io.postbot.chat.domain.model.knowledge;

/** A line of content Markdown that does not follow the format; the line is 1-based. */
public class ContentSyntaxException extends RuntimeException {

  private final int line;
  private final String problem;

  public ContentSyntaxException(int line, String problem) {
    super("line " + line + ": " + problem);
    this.line = line;
    this.problem = problem;
  }

  public int line() {
    return line;
  }

  public String problem() {
    return problem;
  }
}
