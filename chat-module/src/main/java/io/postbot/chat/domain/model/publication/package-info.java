/** Publishing content: the shared draft administrators edit, and the numbered publications. */
package io.postbot.chat.domain.model.publication;
