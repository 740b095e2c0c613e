/** The customer's and the agent's side of the wire, as the widget and the console speak it. */
package io.postbot.bench.client;
