/** Starts and stops the server under test with {@code ./postbot run}, and reads its memory. */
package io.postbot.bench.server;
