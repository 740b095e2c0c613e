package io.postbot.chat.api;

/**
 * The console user who changes the bot's content or models (an administrator), by username;
 * "system" for what the application does itself, such as the first publication at installation.
 */
public record Editor(String username) {

  public static final Editor SYSTEM = new Editor("system");

  public Editor {
    if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
      throw new IllegalArgumentException("not a console username");
    }
  }

  @Override
  public String toString() {
    return username;
  }
}
