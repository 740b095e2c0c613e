/** Adapters of the intent-classifier port. */
package io.postbot.chat.infrastructure.understanding;
