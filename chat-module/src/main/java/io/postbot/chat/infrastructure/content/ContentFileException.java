package io.postbot.chat.infrastructure.content;

/** A content file is broken; the message names the file and line so an editor can fix it. */
public class ContentFileException extends RuntimeException {

  public ContentFileException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}
