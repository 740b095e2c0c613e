package io.postbot.shared;

import java.util.regex.Pattern;

/**
 * Why the domain refused a request, as clients see it: the problem's type (a kebab-case name, such
 * as {@code invalid-contact-details}) and the reason (the key of the sentence that explains it in
 * the web's problem texts, English and Norwegian). The exception's own message is the developers'
 * English for logs and the console, and never reaches the API.
 */
public record Refusal(String type, String reason) {

  private static final Pattern TYPE = Pattern.compile("[a-z]+(-[a-z]+)*");
  private static final Pattern REASON = Pattern.compile("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)+");

  public Refusal {
    if (type == null || !TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("a problem type is a kebab-case name");
    }
    if (reason == null || !REASON.matcher(reason).matches()) {
      throw new IllegalArgumentException("a reason is a dotted key");
    }
  }
}
