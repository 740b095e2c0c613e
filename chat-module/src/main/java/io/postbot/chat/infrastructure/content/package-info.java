/** Loads the knowledge base from the versioned Markdown content files shipped in this module. */
package io.postbot.chat.infrastructure.content;
