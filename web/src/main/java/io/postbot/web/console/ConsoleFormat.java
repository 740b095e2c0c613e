package io.postbot.web.console;

import io.postbot.chat.api.ContentAdministration;
import io.postbot.chat.api.IntentChoice;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the console shows values to people: times in the carrier's time zone in the user's language,
 * durations as minutes and seconds, states, categories, roles and languages by their names, and
 * intents by the titles the content gives them.
 */
@Named("fmt")
@RequestScoped
public class ConsoleFormat {

  @Inject ConsoleLanguage language;
  @Inject ContentAdministration content;

  @Inject
  @ConfigProperty(name = "postbot.console.time-zone", defaultValue = "Europe/Oslo")
  String zone;

  private Map<String, String> intentTitles;

  /** "2. des. 2026, 14:05" or "2 Dec 2026, 14:05", in the carrier's time zone. */
  public String time(Instant at) {
    if (at == null) {
      return "–";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(formatting())
        .withZone(ZoneId.of(zone))
        .format(at);
  }

  public String day(LocalDate day) {
    return day == null
        ? "–"
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(formatting())
            .format(day);
  }

  /**
   * Dates as written in Norway, in English too: "2 Dec 2026, 14:05", not "Dec 2, 2026, 2:05 PM".
   */
  private Locale formatting() {
    return language.isNorwegian() ? Locale.forLanguageTag("nb-NO") : Locale.UK;
  }

  /** "4:05" (minutes and seconds), "1:02:03" from an hour on, a dash when unknown. */
  public String duration(Duration duration) {
    return QueuePage.format(duration);
  }

  public String state(String state) {
    return state == null ? "–" : text("state." + state);
  }

  public String category(ContactCategory category) {
    return category == null ? "–" : text("category." + category.name());
  }

  public String role(String role) {
    return text("role." + role);
  }

  public String roles(Collection<String> roles) {
    return roles == null || roles.isEmpty()
        ? "–"
        : roles.stream().sorted().map(this::role).collect(Collectors.joining(", "));
  }

  public String language(Language spoken) {
    return spoken == null ? "–" : text("language." + spoken.code());
  }

  /** The intent's title in the user's language ("Track a parcel"), never its id. */
  public String intent(String id) {
    if (id == null) {
      return "–";
    }
    if (intentTitles == null) {
      intentTitles =
          content.intentChoices(language.getLanguage()).stream()
              .collect(Collectors.toMap(IntentChoice::id, IntentChoice::title, (a, b) -> a));
    }
    String title = intentTitles.get(id);
    if (title != null) {
      return title;
    }
    String key = "intent." + id;
    return ConsoleTexts.has(key) ? text(key) : id.replace('_', ' ');
  }

  public String intents(List<String> ids) {
    return ids == null || ids.isEmpty()
        ? text("queue.nothingRecognised")
        : ids.stream().map(this::intent).collect(Collectors.joining(", "));
  }

  /** A value of a closed set by its name ("kind.BOT_CONVERSATION"), the value itself if unnamed. */
  public String name(String set, Object value) {
    if (value == null) {
      return "–";
    }
    String key = set + "." + value;
    return ConsoleTexts.has(key) ? text(key) : value.toString();
  }

  /** A text with one figure or name in it ("average wait (12 customers, 7 days)"). */
  public String with(String key, Object argument) {
    return ConsoleTexts.get(key, argument);
  }

  private String text(String key) {
    return ConsoleTexts.get(key);
  }
}
