package io.postbot.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The statistics export as CSV that spreadsheets read safely")
class StatisticsExportAsCsvTest {

  @Test
  @DisplayName("plain fields stay as they are; commas, quotes and line breaks are quoted")
  void quoting() {
    assertThat(StatisticsCsv.quote("track_parcel")).isEqualTo("track_parcel");
    assertThat(StatisticsCsv.quote("a, b")).isEqualTo("\"a, b\"");
    assertThat(StatisticsCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(StatisticsCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  @DisplayName("a customer's question that reads as a formula is not run as one")
  void noFormulas() {
    assertThat(StatisticsCsv.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(StatisticsCsv.quote("+47 call me")).isEqualTo("\"'+47 call me\"");
    assertThat(StatisticsCsv.quote("-")).isEqualTo("\"'-\"");
  }
}
