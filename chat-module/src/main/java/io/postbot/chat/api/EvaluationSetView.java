package io.postbot.chat.api;

/**
 * The fixed evaluation set model versions are compared on, and what review has added.
 *
 * @param heldOut the content's held-out sentences (never trained on)
 * @param confirmed review items the bot had right
 * @param corrected review items a reviewer corrected (also learnt by new versions)
 * @param correctionsNotLearnt corrections the active version has not learnt yet
 */
public record EvaluationSetView(
    int heldOut, int confirmed, int corrected, int correctionsNotLearnt) {}
