/** Attacks from outside with real tools against the deployed application, with generous limits. */
package io.postbot.web.attack;
