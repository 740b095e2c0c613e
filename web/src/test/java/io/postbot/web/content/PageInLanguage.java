package io.postbot.web.content;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContextWrapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stand-in for the Faces request of a page in one language, so that a page bean's action can run
 * in a unit test: it knows the page's locale and keeps the messages the bean adds. It wraps no real
 * request, so anything else a bean asks of it fails the test. Close it to end the request.
 */
final class PageInLanguage extends FacesContextWrapper implements AutoCloseable {

  private final Map<String, Object> applicationMap = new HashMap<>();
  private final List<FacesMessage> messages = new ArrayList<>();
  private final UIViewRoot root;

  private PageInLanguage(Locale locale) {
    super(null);
    setCurrentInstance(this); // a component being built asks the current request
    root =
        new UIViewRoot() {
          @Override
          public String createUniqueId() {
            return "page"; // the real one asks the running application
          }

          @Override
          public Locale getLocale() {
            return locale;
          }
        };
  }

  /** Opens the page as the current request of this thread. */
  static PageInLanguage open(Locale locale) {
    return new PageInLanguage(locale);
  }

  /** The texts of the messages the page shows, in the order they were added. */
  List<String> shown() {
    return messages.stream().map(FacesMessage::getSummary).toList();
  }

  @Override
  public void close() {
    release();
  }

  @Override
  public UIViewRoot getViewRoot() {
    return root;
  }

  @Override
  public void addMessage(String clientId, FacesMessage message) {
    messages.add(message);
  }

  @Override
  public ExternalContext getExternalContext() {
    return new ExternalContextWrapper(null) {
      @Override
      public Map<String, Object> getApplicationMap() {
        return applicationMap;
      }
    };
  }

  @Override
  public void release() {
    setCurrentInstance(null);
  }
}
