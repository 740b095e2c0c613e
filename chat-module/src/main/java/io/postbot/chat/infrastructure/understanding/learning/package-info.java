/** Trainable classification heads in plain Java: softmax regression and out-of-scope thresholds. */
package io.postbot.chat.infrastructure.understanding.learning;
