/**
 * What a chat message carries besides its text, as sealed, typed records, with the one JSON form in
 * which they are stored and sent to the widget.
 */
package io.postbot.chat.api.attachment;
