/** JPA adapters of the chat context's repositories, and its schema migrations. */
package io.postbot.chat.infrastructure.persistence;
