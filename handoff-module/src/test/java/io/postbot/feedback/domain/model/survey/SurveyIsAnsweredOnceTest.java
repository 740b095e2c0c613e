package io.postbot.feedback.domain.model.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.feedback.api.SurveyAlreadyAnsweredException;
import io.postbot.feedback.api.SurveyNotFoundException;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A survey link is answered once, with a score from 1 to 5 and no contact data")
class SurveyIsAnsweredOnceTest {

  static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

  @Test
  @DisplayName("the first answer is taken, the second refused")
  void once() {
    SurveyInvitation invitation =
        new SurveyInvitation(SurveyToken.generate(), ConversationId.newId(), Language.NB, T0);

    Survey survey = invitation.answer(new Score(4), "  Rask hjelp ", T0.plusSeconds(60));

    assertThat(survey.score().value()).isEqualTo(4);
    assertThat(survey.comment()).isEqualTo("Rask hjelp");
    assertThat(survey.language()).isEqualTo(Language.NB);
    assertThatThrownBy(() -> invitation.answer(new Score(1), null, T0.plusSeconds(61)))
        .isInstanceOf(SurveyAlreadyAnsweredException.class);
  }

  @Test
  @DisplayName("an answer after two weeks finds no survey")
  void expires() {
    SurveyInvitation invitation =
        new SurveyInvitation(SurveyToken.generate(), ConversationId.newId(), Language.EN, T0);
    assertThatThrownBy(
            () -> invitation.answer(new Score(5), null, T0.plus(SurveyInvitation.VALIDITY)))
        .isInstanceOf(SurveyNotFoundException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1})
  @DisplayName("scores outside 1 to 5 are refused")
  void scores(int value) {
    assertThatThrownBy(() -> new Score(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the answer has no field for a name, e-mail, phone or conversation")
  void anonymous() {
    assertThat(Survey.class.getDeclaredFields())
        .extracting(java.lang.reflect.Field::getName)
        .doesNotContain("conversationId", "email", "phone", "name");
  }

  @Test
  @DisplayName("only the token's hash is kept; the token itself never shows")
  void hashed() {
    SurveyToken token = SurveyToken.generate();
    assertThat(token.hash()).hasSize(64).doesNotContain(token.value());
    assertThat(token.toString()).doesNotContain(token.value());
  }
}
