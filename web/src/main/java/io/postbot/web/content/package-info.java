/** The administrators' content page: intents, try the bot, publish, history, Markdown, hours. */
package io.postbot.web.content;
