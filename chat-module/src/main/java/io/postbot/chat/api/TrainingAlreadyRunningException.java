package io.postbot.chat.api;

/** A model version is being trained already; one trains at a time, across all servers. */
public class TrainingAlreadyRunningException extends RuntimeException {

  public TrainingAlreadyRunningException(int version) {
    super("model version " + version + " is being trained; wait until it is done");
  }
}
