package io.postbot.chat.domain.model.modelversion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a model did on the evaluation set: the content's held-out sentences and the approved review
 * items, each counted, and across both the in-scope sentences (right intent) and the out-of-scope
 * ones (rightly not answered).
 */
@Embeddable
public class Figures {

  @Column(name = "held_out_total")
  private int heldOutTotal;

  @Column(name = "held_out_correct")
  private int heldOutCorrect;

  @Column(name = "reviewed_total")
  private int reviewedTotal;

  @Column(name = "reviewed_correct")
  private int reviewedCorrect;

  @Column(name = "in_scope_total")
  private int inScopeTotal;

  @Column(name = "in_scope_correct")
  private int inScopeCorrect;

  @Column(name = "oos_total")
  private int outOfScopeTotal;

  @Column(name = "oos_correct")
  private int outOfScopeCorrect;

  protected Figures() {}

  public Figures(
      int heldOutTotal,
      int heldOutCorrect,
      int reviewedTotal,
      int reviewedCorrect,
      int inScopeTotal,
      int inScopeCorrect,
      int outOfScopeTotal,
      int outOfScopeCorrect) {
    if (heldOutCorrect > heldOutTotal
        || reviewedCorrect > reviewedTotal
        || inScopeCorrect > inScopeTotal
        || outOfScopeCorrect > outOfScopeTotal
        || heldOutTotal + reviewedTotal != inScopeTotal + outOfScopeTotal) {
      throw new IllegalArgumentException("figures that do not add up");
    }
    this.heldOutTotal = heldOutTotal;
    this.heldOutCorrect = heldOutCorrect;
    this.reviewedTotal = reviewedTotal;
    this.reviewedCorrect = reviewedCorrect;
    this.inScopeTotal = inScopeTotal;
    this.inScopeCorrect = inScopeCorrect;
    this.outOfScopeTotal = outOfScopeTotal;
    this.outOfScopeCorrect = outOfScopeCorrect;
  }

  public int total() {
    return heldOutTotal + reviewedTotal;
  }

  public int correct() {
    return heldOutCorrect + reviewedCorrect;
  }

  /** Share right over the whole set, 0 to 1 (0 for an empty set). */
  public double accuracy() {
    return share(correct(), total());
  }

  public double heldOutAccuracy() {
    return share(heldOutCorrect, heldOutTotal);
  }

  public double reviewedAccuracy() {
    return share(reviewedCorrect, reviewedTotal);
  }

  public double inScopeAccuracy() {
    return share(inScopeCorrect, inScopeTotal);
  }

  public double outOfScopeRecall() {
    return share(outOfScopeCorrect, outOfScopeTotal);
  }

  public int heldOutTotal() {
    return heldOutTotal;
  }

  public int reviewedTotal() {
    return reviewedTotal;
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
