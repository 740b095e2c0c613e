/**
 * The chat context's public surface: its facade, the records it returns and the events it fires.
 */
package io.postbot.chat.api;
