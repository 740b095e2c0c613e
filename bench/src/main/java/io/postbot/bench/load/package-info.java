/** Load shapes: closed-loop customers that write one message at a time, and paced customers. */
package io.postbot.bench.load;
