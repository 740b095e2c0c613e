package io.postbot.chat.api;

/** The active model version learnt exactly the current examples: training again would not help. */
public class NothingNewToLearnException extends RuntimeException {

  public NothingNewToLearnException(int version) {
    super(
        "model version "
            + version
            + " learnt exactly the published examples and approved corrections; publish new"
            + " examples or approve review corrections first");
  }
}
