package io.postbot.chat.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.postbot.chat.domain.model.conversation.AccessTokenHash;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.Message;
import io.postbot.chat.domain.model.conversation.PendingQuestion;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.shared.SchemaMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

@DisplayName("The question the bot waits on is stored with the conversation, on H2 and PostgreSQL")
class PendingQuestionIsStoredTest {

  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

  @Test
  @DisplayName("on H2, the embedded default")
  void onH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:chat-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    survivesReload(h2);
  }

  @Test
  @DisplayName("on PostgreSQL, when one runs on this machine")
  void onPostgres() throws SQLException {
    String schema = "chat_test_" + UUID.randomUUID().toString().replace("-", "");
    assumeTrue(execute("create schema " + schema), "no PostgreSQL at 127.0.0.1:5432");
    try {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(POSTGRES + "?currentSchema=" + schema);
      postgres.setUser("postgres");
      survivesReload(postgres);
    } finally {
      execute("drop schema " + schema + " cascade");
    }
  }

  private static void survivesReload(DataSource dataSource) {
    assertThat(
            SchemaMigrations.migrate(
                dataSource, "chat", PendingQuestionIsStoredTest.class.getClassLoader()))
        .isGreaterThanOrEqualTo(2);
    ConversationId id = ConversationId.newId();
    try (EntityManagerFactory factory = entityManagerFactory(dataSource)) {
      inTransaction(
          factory,
          em -> {
            Conversation conversation =
                Conversation.start(id, AccessTokenHash.of("token"), Language.NB, Instant.now());
            conversation.awaitAnswerTo(PendingQuestion.TRACKING_NUMBER);
            em.persist(conversation);
          });
      inTransaction(
          factory,
          em -> {
            Conversation reloaded = em.find(Conversation.class, id.value());
            assertThat(reloaded.isAwaitingAnswerTo(PendingQuestion.TRACKING_NUMBER)).isTrue();
            reloaded.settlePendingQuestion();
          });
      inTransaction(
          factory,
          em -> assertThat(em.find(Conversation.class, id.value()).pendingQuestion()).isEmpty());
    }
  }

  /**
   * The chat unit's entities on a plain data source; validate checks them against the migrations.
   */
  private static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
    return new PersistenceConfiguration("chat-test")
        .provider("org.hibernate.jpa.HibernatePersistenceProvider")
        .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
        .managedClass(Conversation.class)
        .managedClass(Message.class)
        .property("hibernate.connection.datasource", dataSource)
        .property("hibernate.hbm2ddl.auto", "validate")
        // No orm.xml here, and no JAXB outside the server to read one.
        .property("hibernate.xml_mapping_enabled", false)
        // The chat entities have no JSON or XML columns; the server brings JSON-B, the tests do
        // not.
        .property("hibernate.type.json_format_mapper", NoFormatMapper.INSTANCE)
        .property("hibernate.type.xml_format_mapper", NoFormatMapper.INSTANCE)
        .createEntityManagerFactory();
  }

  private static void inTransaction(
      EntityManagerFactory factory, java.util.function.Consumer<EntityManager> work) {
    try (EntityManager em = factory.createEntityManager()) {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    }
  }

  private static boolean execute(String sql) {
    try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "")) {
      connection.createStatement().execute(sql);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /** Stands in for JSON-B and JAXB, which no chat entity needs. */
  private enum NoFormatMapper implements FormatMapper {
    INSTANCE;

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
      throw new UnsupportedOperationException("no JSON or XML columns in the chat context");
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
      throw new UnsupportedOperationException("no JSON or XML columns in the chat context");
    }
  }
}
