package io.postbot.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.sql.DataSourceDefinition;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every persistence unit works on the database postbot.db.jndi-name names")
class EveryPersistenceUnitUsesTheConfiguredDatabaseTest {

  private static final Pattern DATA_SOURCE =
      Pattern.compile("<jta-data-source>([^<]*)</jta-data-source>");

  @Test
  @DisplayName("each jta-data-source reads the key, by default the application's own data source")
  void persistenceUnitsReadTheKey() throws Exception {
    // given every context's persistence.xml on the class path
    List<String> dataSources = new ArrayList<>();
    for (URL url :
        Collections.list(getClass().getClassLoader().getResources("META-INF/persistence.xml"))) {
      try (InputStream in = url.openStream()) {
        Matcher found = DATA_SOURCE.matcher(new String(in.readAllBytes()));
        while (found.find()) {
          dataSources.add(found.group(1));
        }
      }
    }

    // then each names the configured data source, defaulting to the one Payara Micro runs on
    assertThat(dataSources)
        .hasSize(5)
        .containsOnly(
            "${MPCONFIG=postbot.db.jndi-name:" + PostbotDatabase.APPLICATION_DEFINED + "}");
  }

  @Test
  @DisplayName("the default is the data source the application defines itself")
  void theDefaultIsTheApplicationDefinedDataSource() {
    DataSourceDefinition definition =
        PostbotDataSource.class.getAnnotation(DataSourceDefinition.class);

    assertThat(definition.name()).isEqualTo(PostbotDatabase.APPLICATION_DEFINED);
  }
}
