/** The KnowledgeBase aggregate: the intents the bot knows, their training examples and answers. */
package io.postbot.chat.domain.model.knowledge;
