package io.postbot.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The filter counts messages per conversation before the token is checked (that check needs the
 * database). Counted by conversation and credential together, somebody who knows a conversation's
 * id but not its token fills a bucket of their own, never the customer's.
 */
@DisplayName("A foreign token drains no customer's message bucket")
class ForeignTokensDrainNoCustomersBucketTest {

  static final String CONVERSATION = "6f1c2a3e-0000-4000-8000-000000000001";

  @Test
  @DisplayName("the same token counts in one bucket, another token or none in others")
  void perCredential() {
    String customer = RateLimitFilter.messageKey(CONVERSATION, "Bearer the-customers-token");
    assertThat(RateLimitFilter.messageKey(CONVERSATION, "Bearer the-customers-token"))
        .isEqualTo(customer);
    assertThat(RateLimitFilter.messageKey(CONVERSATION, "Bearer a-guess")).isNotEqualTo(customer);
    assertThat(RateLimitFilter.messageKey(CONVERSATION, null)).isNotEqualTo(customer);
    assertThat(customer).doesNotContain("the-customers-token");
  }
}
