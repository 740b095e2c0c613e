package io.postbot.web.statistics;

import io.postbot.shared.Language;
import io.postbot.statistics.api.Dashboard;
import io.postbot.statistics.api.StatisticsDashboard;
import io.postbot.statistics.api.StatisticsQuery;
import io.postbot.web.audit.Audited;
import io.postbot.web.console.ConsoleFormat;
import io.postbot.web.console.ConsoleTexts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The statistics dashboard: a range of days (the last 30 by default) and a language, the figures as
 * charts and tables, and the same figures as CSV.
 */
@Named
@ViewScoped
public class StatisticsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StatisticsDashboard statistics;
  @Inject transient ConsoleFormat fmt;
  @Inject transient Clock clock;
  @Inject transient Audited audit;

  private LocalDate from;
  private LocalDate to;
  private String language = "";
  private transient Dashboard dashboard;

  /** The form shows the last 30 days before anything is asked for. */
  @PostConstruct
  void lastMonthFirst() {
    lastMonth();
  }

  public Dashboard getDashboard() {
    if (dashboard == null) {
      dashboard = statistics.figures(valid().orElseGet(this::lastMonth));
    }
    return dashboard;
  }

  /** Shows the figures of the range and language chosen, or says what is wrong with them. */
  public void apply() {
    Optional<StatisticsQuery> query = valid();
    if (query.isPresent()) {
      dashboard = statistics.figures(query.get());
      return;
    }
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, ConsoleTexts.get("statistics.badRange"), null));
    if (dashboard != null) {
      from = dashboard.query().from();
      to = dashboard.query().to();
    }
  }

  public StreamedContent getCsv() {
    byte[] csv = StatisticsCsv.of(getDashboard()).getBytes(StandardCharsets.UTF_8);
    audit.record(
        "statistics.exported",
        "statistics " + getDashboard().query().from() + " to " + getDashboard().query().to());
    return DefaultStreamedContent.builder()
        .name(
            "postbot-statistics-"
                + getDashboard().query().from()
                + "-"
                + getDashboard().query().to()
                + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(csv))
        .build();
  }

  public String getPerDayChart() {
    return StatisticsCharts.perDay(
        getDashboard(),
        day -> fmt.day(day.day()),
        ConsoleTexts.get("statistics.conversations"),
        ConsoleTexts.get("statistics.handedToPeople"));
  }

  public String getTopIntentsChart() {
    return StatisticsCharts.topIntents(
        getDashboard().topIntents(), fmt::intent, ConsoleTexts.get("statistics.questions"));
  }

  public String getSatisfactionChart() {
    return StatisticsCharts.satisfaction(getDashboard(), ConsoleTexts.get("statistics.answers"));
  }

  public String getTimesChart() {
    return StatisticsCharts.times(
        getDashboard(),
        List.of(
            ConsoleTexts.get("statistics.p50"),
            ConsoleTexts.get("statistics.p90"),
            ConsoleTexts.get("statistics.p95")),
        ConsoleTexts.get("statistics.queueWaitMinutes"),
        ConsoleTexts.get("statistics.handlingMinutes"));
  }

  /** "83 %" or "83 %" as the user's language writes it. */
  public String percent(double share) {
    return java.text.NumberFormat.getPercentInstance(fmtLocale()).format(share);
  }

  public String decimal(double value) {
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(fmtLocale());
    f.setMaximumFractionDigits(1);
    f.setMinimumFractionDigits(1);
    return f.format(value);
  }

  private java.util.Locale fmtLocale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private Optional<StatisticsQuery> valid() {
    try {
      return Optional.of(
          new StatisticsQuery(
              from,
              to,
              language == null || language.isBlank()
                  ? Optional.empty()
                  : Optional.of(Language.fromCode(language))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private StatisticsQuery lastMonth() {
    StatisticsQuery q =
        StatisticsQuery.lastDays(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), 30);
    from = q.from();
    to = q.to();
    return q;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
