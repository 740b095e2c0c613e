package io.postbot.chat.domain.model.modelversion;

import static io.postbot.chat.domain.model.modelversion.Versions.T0;
import static io.postbot.chat.domain.model.modelversion.Versions.inputs;
import static io.postbot.chat.domain.model.modelversion.Versions.trained;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.NothingNewToLearnException;
import io.postbot.chat.api.NothingToRollBackException;
import io.postbot.chat.api.TrainingAlreadyRunningException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Model versions train one at a time, activate when not worse, and roll back")
class ModelVersionsActivateAndRollBackTest {

  private final ModelLineage lineage = new ModelLineage(List.of());

  @Test
  @DisplayName("the first version becomes active without a comparison")
  void firstIsActive() {
    ModelVersion first = lineage.startTraining(inputs('a'), "first start", "system", T0, true);

    boolean activated = lineage.trained(first, null, null, null, T0);

    assertThat(activated).isTrue();
    assertThat(lineage.active()).contains(first);
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.previousActive()).isEmpty();
  }

  @Test
  @DisplayName("a version not worse than the active one replaces it, and keeps both figures")
  void notWorseReplaces() {
    ModelVersion first = trained(lineage, 'a', null);
    ModelVersion second = trained(lineage, 'b', new Comparison(2, 6));

    assertThat(lineage.active()).contains(second);
    assertThat(first.state()).isEqualTo(ModelState.INACTIVE);
    assertThat(second.previousActive()).contains(first.number());
    assertThat(second.comparedWith()).contains(first.number());
    assertThat(second.comparison()).contains(new Comparison(2, 6));
    assertThat(second.figures()).isPresent();
    assertThat(first.figures()).as("the first version's figures, from the comparison").isPresent();
  }

  @Test
  @DisplayName("a worse version is rejected and the active one stays")
  void worseIsRejected() {
    ModelVersion first = trained(lineage, 'a', null);
    ModelVersion second = trained(lineage, 'b', new Comparison(12, 1));

    assertThat(second.state()).isEqualTo(ModelState.REJECTED);
    assertThat(lineage.active()).contains(first);
    assertThat(lineage.training()).isEmpty();
    assertThat(lineage.versions()).hasSize(2);
  }

  @Test
  @DisplayName("one version trains at a time")
  void oneAtATime() {
    trained(lineage, 'a', null);
    ModelVersion running = lineage.startTraining(inputs('b'), "test", "admin", T0, false);

    assertThatThrownBy(() -> lineage.startTraining(inputs('c'), "test", "admin", T0, false))
        .isInstanceOf(TrainingAlreadyRunningException.class)
        .hasMessageContaining(String.valueOf(running.number()));
  }

  @Test
  @DisplayName("a training whose server died is failed after ten quiet minutes, and another starts")
  void staleTrainingFails() {
    trained(lineage, 'a', null);
    ModelVersion lost = lineage.startTraining(inputs('b'), "test", "admin", T0, false);

    ModelVersion next =
        lineage.startTraining(inputs('b'), "test", "admin", T0.plusSeconds(11 * 60), false);

    assertThat(lost.state()).isEqualTo(ModelState.FAILED);
    assertThat(lost.failure()).hasValueSatisfying(f -> assertThat(f).contains("interrupted"));
    assertThat(next.state()).isEqualTo(ModelState.TRAINING);
  }

  @Test
  @DisplayName("training on exactly what the active version learnt is refused unless forced")
  void nothingNew() {
    trained(lineage, 'a', null);

    assertThatThrownBy(() -> lineage.startTraining(inputs('a'), "test", "admin", T0, false))
        .isInstanceOf(NothingNewToLearnException.class);
    assertThat(lineage.startTraining(inputs('a'), "test", "admin", T0, true).state())
        .isEqualTo(ModelState.TRAINING);
  }

  @Test
  @DisplayName("rolling back goes to the version active before, one step at a time")
  void rollBack() {
    ModelVersion first = trained(lineage, 'a', null);
    ModelVersion second = trained(lineage, 'b', new Comparison(0, 3));
    ModelVersion third = trained(lineage, 'c', new Comparison(0, 3));

    assertThat(lineage.rollBackTarget()).contains(second);
    assertThat(lineage.rollBack(T0.plusSeconds(60))).isEqualTo(second);
    assertThat(third.state()).isEqualTo(ModelState.ROLLED_BACK);
    assertThat(lineage.rollBack(T0.plusSeconds(70))).isEqualTo(first);
    assertThat(lineage.active()).contains(first);
    assertThatThrownBy(() -> lineage.rollBack(T0.plusSeconds(80)))
        .isInstanceOf(NothingToRollBackException.class);
  }

  @Test
  @DisplayName("a rejected version is never a rollback target")
  void rejectedIsSkipped() {
    trained(lineage, 'a', null);
    trained(lineage, 'b', new Comparison(30, 0));

    assertThat(lineage.rollBackTarget()).isEmpty();
  }
}
