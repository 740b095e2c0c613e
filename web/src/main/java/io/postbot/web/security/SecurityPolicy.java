package io.postbot.web.security;

/**
 * The Content-Security-Policy of each kind of address. No page may run inline scripts or eval:
 * scripts come from the application's own files, the console's from PrimeFaces' CSP mode, which
 * moves every handler into a script carrying the response's nonce. No page may be framed.
 */
public final class SecurityPolicy {

  /** Widget demo, privacy and survey pages: the strictest, styles from files too. */
  public static final String PAGE =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  /** The API documentation: Swagger UI sets inline styles. */
  public static final String API_DOCS =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** JSON, PDF and text answers are never rendered as pages. */
  public static final String API = "default-src 'none'; frame-ancestors 'none'";

  private SecurityPolicy() {}

  /**
   * The policy the filter sends for a path, or null under /console/, where PrimeFaces sends its own
   * (primefaces.CSP_POLICY in web.xml, to which it appends the nonce): two policies would both be
   * enforced and block the console's scripts.
   */
  public static String forPath(String path) {
    if (path.startsWith("/console/") || path.equals("/console")) {
      return null;
    }
    if (path.startsWith("/api-docs")) {
      return API_DOCS;
    }
    if (path.startsWith("/api/") || path.equals("/openapi") || path.startsWith("/health")) {
      return API;
    }
    return PAGE;
  }
}
