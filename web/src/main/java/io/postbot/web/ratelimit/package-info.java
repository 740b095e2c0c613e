/** Abuse protection of the customer API: token buckets per conversation and per client address. */
package io.postbot.web.ratelimit;
