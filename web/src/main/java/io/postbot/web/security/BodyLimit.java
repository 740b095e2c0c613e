package io.postbot.web.security;

/**
 * How many bytes of request body an address accepts: console forms (under /console/) get their own,
 * larger limit, everything else the API's. Chat messages, handoff details and sign-in forms are a
 * few hundred bytes; the limits leave ample room and refuse what only an attack sends.
 */
public record BodyLimit(long apiBytes, long consoleBytes) {

  public BodyLimit {
    if (apiBytes <= 0 || consoleBytes <= 0) {
      throw new IllegalArgumentException("request body limits must be positive");
    }
  }

  /** The limit for a request path inside the application (starting with "/"). */
  public long forPath(String path) {
    return path != null && path.startsWith("/console/") ? consoleBytes : apiBytes;
  }

  /** What to do with a body of a declared length (-1 when none is declared). */
  public Verdict judge(String path, long declaredLength, boolean chunked) {
    long limit = forPath(path);
    if (declaredLength > limit) {
      return Verdict.TOO_LARGE;
    }
    if (declaredLength < 0 && chunked) {
      return Verdict.COUNT;
    }
    return Verdict.PASS;
  }

  /** The filter's three answers. */
  public enum Verdict {
    /** Declared within the limit: the container reads at most that many bytes. */
    PASS,
    /** Declared over the limit: refused without reading. */
    TOO_LARGE,
    /** No length declared: read up to the limit, refused once it is passed. */
    COUNT
  }
}
