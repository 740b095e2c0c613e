package io.postbot.handoff.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.handoff.application.AgentAccountService;
import io.postbot.handoff.domain.model.agent.PasswordHasher;
import io.postbot.shared.Language;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Console users keep the language they chose for the console")
class ConsoleUsersKeepTheirLanguageTest {

  private static final PasswordHasher PLAIN =
      new PasswordHasher() {
        @Override
        public String hash(char[] password) {
          return new String(password);
        }

        @Override
        public boolean verify(char[] password, String hash) {
          return hash.equals(new String(password));
        }
      };

  private final HandoffDatabase db = new HandoffDatabase(TestDatabase.h2());

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName("until they choose there is no choice; once chosen it is stored with the user")
  void chosenLanguageIsStored() {
    // given a console user who has not chosen a language
    db.inTransaction(em -> {
      accounts(em).create("kari", "Kari", Set.of("AGENT"), "kari-secret-1".toCharArray());
      return null;
    });
    assertThat(languageOf("kari")).isEmpty();

    // when she chooses Norwegian
    db.inTransaction(em -> {
      accounts(em).chooseConsoleLanguage("kari", Language.NB);
      return null;
    });

    // then a later session (any device) finds it; strangers and nobody have none
    assertThat(languageOf("kari")).contains(Language.NB);
    assertThat(languageOf("ola")).isEmpty();
    assertThat(languageOf(null)).isEmpty();
  }

  private Optional<Language> languageOf(String username) {
    return db.inTransaction(em -> accounts(em).consoleLanguage(username));
  }

  private static AgentAccountService accounts(EntityManager em) {
    return new AgentAccountService(new JpaAgentRepository(em), PLAIN, Clock.systemUTC());
  }
}
