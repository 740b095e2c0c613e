/**
 * Content management: the shared draft, try-the-bot, publications with history, diff and rollback,
 * Markdown export and import, and the first publication of the shipped content.
 */
package io.postbot.chat.application.content;
