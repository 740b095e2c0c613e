package io.postbot.chat.domain.model.modelversion;

/**
 * What a model version learnt from: the published content's examples and the review corrections,
 * and a fingerprint of them all, so that a version trained on exactly the same is not trained
 * again.
 *
 * @param contentVersion the publication whose examples it learnt
 * @param contentExamples how many examples the content gave
 * @param reviewExamples how many review corrections were added
 * @param fingerprint SHA-256 (hex) over every (label, language, text) learnt
 * @param recipe the classifier's recipe, e.g. "minilm,bge,words,chars"
 */
public record TrainingInputs(
    int contentVersion,
    int contentExamples,
    int reviewExamples,
    String fingerprint,
    String recipe) {

  public TrainingInputs {
    if (fingerprint == null || !fingerprint.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a fingerprint is a SHA-256 in hex");
    }
    if (recipe == null || recipe.isBlank() || recipe.length() > 100) {
      throw new IllegalArgumentException("a recipe has 1 to 100 characters");
    }
  }

  /** Whether a version trained on {@code other} learnt exactly this, in the same way. */
  public boolean sameAs(TrainingInputs other) {
    return fingerprint.equals(other.fingerprint) && recipe.equals(other.recipe);
  }
}
