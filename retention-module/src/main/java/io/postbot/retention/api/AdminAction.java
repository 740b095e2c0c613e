package io.postbot.retention.api;

import java.time.Instant;

/**
 * One action of a console user on personal data, content, models or users, as the audit log keeps
 * it: who, when, what, on what and from where. The subject names the kind of thing acted on ("data
 * subject by e-mail", "model version 3"), never a customer's data.
 *
 * @param consoleUser the console user acted on (a new user, say), if any
 * @param address the network address the console user acted from
 */
public record AdminAction(
    Instant at, String actor, String action, String subject, String consoleUser, String address) {}
