/** Specifications of the typed message attachments and their one JSON form. */
package io.postbot.chat.api.attachment;
