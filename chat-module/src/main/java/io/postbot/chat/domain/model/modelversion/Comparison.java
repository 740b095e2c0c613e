package io.postbot.chat.domain.model.modelversion;

/**
 * A new model and the active one on the same evaluation set, sentence by sentence: how many
 * sentences only the active one got right ({@code lost}) and only the new one ({@code won}).
 *
 * <p>The rule "not worse": the new model is let in unless it loses more sentences than it wins by
 * more than chance explains. Retraining with a few more examples moves a model's answers on a
 * handful of borderline sentences either way; requiring zero net loss would refuse most useful
 * corrections for noise. So the losses are tested against the wins with McNemar's exact test,
 * one-sided: worse when P(at least {@code lost} of {@code lost + won} discordant sentences go
 * against the new model, were both equally good) is below 5 %.
 */
public record Comparison(int lost, int won) {

  /** The significance level of the test. */
  public static final double LEVEL = 0.05;

  public Comparison {
    if (lost < 0 || won < 0) {
      throw new IllegalArgumentException("sentence counts are not negative");
    }
  }

  /** The one-sided exact p-value of losing {@code lost} or more of the discordant sentences. */
  public double pValue() {
    int n = lost + won;
    if (lost <= won) {
      return 1;
    }
    double p = 0;
    for (int k = lost; k <= n; k++) {
      p += Math.exp(logChoose(n, k) - n * Math.log(2));
    }
    return Math.min(1, p);
  }

  public boolean newIsNotWorse() {
    return lost <= won || pValue() >= LEVEL;
  }

  private static double logChoose(int n, int k) {
    double r = 0;
    for (int i = 1; i <= k; i++) {
      r += Math.log(n - k + i) - Math.log(i);
    }
    return r;
  }
}
