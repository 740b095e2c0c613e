package io.postbot.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A CDI event fixture that records what a use case fired. */
public class RecordedEvents implements Event<Object> {

  private final List<Object> fired = new ArrayList<>();

  @Override
  public void fire(Object event) {
    fired.add(event);
  }

  @Override
  public <U> CompletionStage<U> fireAsync(U event) {
    fired.add(event);
    return CompletableFuture.completedFuture(event);
  }

  @Override
  public <U> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
    return fireAsync(event);
  }

  @Override
  public Event<Object> select(Annotation... qualifiers) {
    return this;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <U> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
    return (Event<U>) this;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <U> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    return (Event<U>) this;
  }

  public <T> List<T> ofType(Class<T> type) {
    return fired.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public List<Object> all() {
    return List.copyOf(fired);
  }
}
