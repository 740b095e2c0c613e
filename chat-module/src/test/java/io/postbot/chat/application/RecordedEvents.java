package io.postbot.chat.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Keeps the events a use case fired, in order, instead of delivering them. */
final class RecordedEvents implements Event<Object> {

  final List<Object> fired = new ArrayList<>();

  <T> List<T> ofType(Class<T> type) {
    return fired.stream().filter(type::isInstance).map(type::cast).toList();
  }

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
  public <U> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("not needed by the chat use cases");
  }

  @Override
  public <U> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("not needed by the chat use cases");
  }
}
