package io.postbot.web.console;

import io.postbot.handoff.api.AgentAccounts;
import io.postbot.shared.Language;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The console's language for this user: the one they chose (kept with their account, so it follows
 * them to every device, and in a cookie for the login page), else their browser's, else English.
 */
@Named
@SessionScoped
public class ConsoleLanguage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Holds only "en" or "nb": the login page's language before anyone signs in. */
  static final String COOKIE = "postbot-console-language";

  private static final int A_YEAR = 365 * 24 * 3600;

  @Inject transient AgentAccounts accounts;
  @Inject transient SecurityContext security;

  private Language language;
  private String decidedFor;

  public Language getLanguage() {
    String caller = caller();
    if (language == null || !same(decidedFor, caller)) {
      language = decide(caller);
      decidedFor = caller;
    }
    return language;
  }

  public Locale getLocale() {
    return getLanguage().locale();
  }

  /** For the page's lang attribute. */
  public String getCode() {
    return getLanguage().code();
  }

  public boolean isNorwegian() {
    return getLanguage() == Language.NB;
  }

  /** The user chose a language: it applies at once and is remembered. */
  public void choose(String code) {
    Language chosen = Language.fromCode(code);
    String caller = caller();
    accounts.chooseConsoleLanguage(caller, chosen);
    language = chosen;
    decidedFor = caller;
    FacesContext faces = FacesContext.getCurrentInstance();
    remember(faces.getExternalContext(), chosen);
    faces.getViewRoot().setLocale(chosen.locale());
  }

  /**
   * Keeps the language in the browser's cookie, for the login page: after choosing, and at sign-in
   * with the language kept with the account.
   */
  static void remember(ExternalContext external, Language chosen) {
    Cookie cookie = new Cookie(COOKIE, chosen.code());
    cookie.setPath(external.getRequestContextPath() + "/console");
    cookie.setMaxAge(A_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(((HttpServletRequest) external.getRequest()).isSecure());
    cookie.setAttribute("SameSite", "Lax");
    ((HttpServletResponse) external.getResponse()).addCookie(cookie);
  }

  private Language decide(String caller) {
    return accounts
        .consoleLanguage(caller)
        .or(this::fromCookie)
        .or(ConsoleLanguage::fromBrowser)
        .orElse(Language.EN);
  }

  private Optional<Language> fromCookie() {
    Cookie[] cookies = request().map(HttpServletRequest::getCookies).orElse(null);
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .map(Cookie::getValue)
        .flatMap(v -> parse(v).stream())
        .findFirst();
  }

  /** The first of the browser's languages the console speaks (nn and no read as bokmål). */
  private static Optional<Language> fromBrowser() {
    return request()
        .flatMap(r ->
            java.util.Collections.list(r.getLocales()).stream()
                .map(l -> l.getLanguage().equals("nn") ? "nb" : l.getLanguage())
                .flatMap(l -> parse(l).stream())
                .findFirst());
  }

  static Optional<Language> parse(String code) {
    try {
      return Optional.of(Language.fromCode(code));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<HttpServletRequest> request() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null
        ? Optional.empty()
        : Optional.of((HttpServletRequest) faces.getExternalContext().getRequest());
  }

  private String caller() {
    return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}
