/** The intent classifier behind the understanding port: embeddings, n-grams and a trained head. */
package io.postbot.chat.infrastructure.understanding;
