package io.postbot.web.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.ContentAdministration;
import io.postbot.chat.api.ContentProblem;
import io.postbot.chat.api.InvalidContentException;
import io.postbot.web.console.ConsoleSession;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "The content page tells an admin what is wrong with the content in the page's language")
class ContentProblemsAreShownInTheAdminsLanguageTest {

  /** What publishing a draft without Norwegian examples for a new intent is refused with. */
  private static final InvalidContentException NO_NORWEGIAN =
      new InvalidContentException(
          List.of(
              ContentProblem.of("opening_hours", "rules.no-examples", "opening_hours", "nb"),
              ContentProblem.of(null, "rules.section-twice", "tracking")));

  @Test
  @DisplayName("a Norwegian admin reads the problems in bokmål")
  void bokmal() {
    try (PageInLanguage page = PageInLanguage.open(Locale.forLanguageTag("nb"))) {
      // given the draft breaks the rules
      ContentPage content = pageRefusingWith(NO_NORWEGIAN);

      // when a Norwegian admin publishes it
      content.publish();

      // then the page names each problem in bokmål
      assertThat(page.shown())
          .containsExactly(
              "opening_hours: intensjonen «opening_hours» har ingen eksempler (nb)",
              "seksjonen «tracking» finnes to ganger");
    }
  }

  @Test
  @DisplayName("an English admin reads them as before")
  void english() {
    try (PageInLanguage page = PageInLanguage.open(Locale.ENGLISH)) {
      pageRefusingWith(NO_NORWEGIAN).publish();

      assertThat(page.shown())
          .containsExactly(
              "opening_hours: intent 'opening_hours' has no examples (nb)",
              "section 'tracking' appears twice");
    }
  }

  private static ContentPage pageRefusingWith(InvalidContentException refusal) {
    ContentPage page = new ContentPage();
    page.session =
        new ConsoleSession() {
          @Override
          public String getUsername() {
            return "kari";
          }
        };
    page.content =
        (ContentAdministration)
            Proxy.newProxyInstance(
                ContentAdministration.class.getClassLoader(),
                new Class<?>[] {ContentAdministration.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("publish")) {
                    throw refusal;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    return page;
  }
}
