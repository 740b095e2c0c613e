/** Tells English from Norwegian bokmål by the characters and words a sentence is made of. */
package io.postbot.chat.infrastructure.understanding.language;
