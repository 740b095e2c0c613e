/**
 * The benchmark suite behind {@code ./postbot bench}: sections, options and the machine's facts.
 */
package io.postbot.bench;
