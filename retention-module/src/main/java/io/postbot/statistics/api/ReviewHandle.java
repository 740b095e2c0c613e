package io.postbot.statistics.api;

import java.util.Objects;
import java.util.UUID;

/**
 * Refers to one drawn review sample while a reviewer judges it. It is for the server side of a
 * review page only: pages show the question, never this handle.
 */
public record ReviewHandle(UUID value) {

  public ReviewHandle {
    Objects.requireNonNull(value, "a review handle needs a value");
  }

  @Override
  public String toString() {
    return "ReviewHandle";
  }
}
