/** The command-line evaluation of the intent classifier on labelled data sets (nlu-eval). */
package io.postbot.chat.infrastructure.understanding.eval;
