/** Language understanding: what a customer's sentence is about, and how sure the bot is. */
package io.postbot.chat.domain.model.understanding;
