/** Masks personal data in customer text before it leaves the chat context. */
package io.postbot.shared.redaction;
