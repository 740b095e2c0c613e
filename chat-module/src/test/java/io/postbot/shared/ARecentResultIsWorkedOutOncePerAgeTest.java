package io.postbot.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A recent result is worked out at most once per age, by one caller at a time")
class ARecentResultIsWorkedOutOncePerAgeTest {

  final AtomicLong clock = new AtomicLong();
  final AtomicInteger worked = new AtomicInteger();

  @Test
  @DisplayName("within its age every caller gets the same result; after it, a new one")
  void oncePerAge() {
    // given a result that may be a second old
    Recent<Integer> recent =
        new Recent<>(worked::incrementAndGet, Duration.ofSeconds(1), clock::get);

    // when asked three times within the second, then once after it
    int first = recent.get();
    clock.addAndGet(Duration.ofMillis(999).toNanos());
    int second = recent.get();
    int third = recent.get();
    clock.addAndGet(Duration.ofMillis(1).toNanos());
    int fourth = recent.get();

    // then it was worked out twice
    assertThat(first).isEqualTo(1);
    assertThat(second).isEqualTo(1);
    assertThat(third).isEqualTo(1);
    assertThat(fourth).isEqualTo(2);
    assertThat(worked).hasValue(2);
  }

  @Test
  @DisplayName("while one caller works out a new result, the others get the previous at once")
  void othersDoNotWait() throws Exception {
    // given a result that is due, and a slow check
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Recent<Integer> recent =
        new Recent<>(
            () -> {
              int n = worked.incrementAndGet();
              if (n == 2) {
                inside.countDown();
                await(release);
              }
              return n;
            },
            Duration.ofSeconds(1),
            clock::get);
    recent.get();
    clock.addAndGet(Duration.ofSeconds(2).toNanos());

    // when one caller is inside the slow check
    Thread slow = Thread.ofPlatform().start(recent::get);
    inside.await();
    int meanwhile = recent.get();
    release.countDown();
    slow.join();

    // then the other got the previous result, and the check ran once more only
    assertThat(meanwhile).isEqualTo(1);
    assertThat(worked).hasValue(2);
    assertThat(recent.get()).isEqualTo(2);
  }

  @Test
  @DisplayName("a negative age is refused")
  void negativeAge() {
    assertThatThrownBy(() -> new Recent<>(() -> 1, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
