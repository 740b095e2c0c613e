/** Turns sentences into numbers: sentence embeddings from in-process models and n-gram vectors. */
package io.postbot.chat.infrastructure.understanding.features;
