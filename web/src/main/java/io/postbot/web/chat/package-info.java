/** The chat context's customer API: conversations and their messages, for the widget. */
package io.postbot.web.chat;
