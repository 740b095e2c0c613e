/** Feedback use cases: invitations after closed chats, answers taken once. */
package io.postbot.feedback.application;
