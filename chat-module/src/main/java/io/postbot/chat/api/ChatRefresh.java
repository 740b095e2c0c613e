package io.postbot.chat.api;

/**
 * Brings this server up to date with what another server published or activated: the newest content
 * publication and the active model version, read from the database. Called periodically
 * (postbot.chat.refresh-interval); a cross-server notification may call it sooner.
 */
public interface ChatRefresh {

  void catchUp();
}
