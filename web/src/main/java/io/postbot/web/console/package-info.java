/** The agent console: sign-in, session and presence, and the pages' backing beans. */
package io.postbot.web.console;
