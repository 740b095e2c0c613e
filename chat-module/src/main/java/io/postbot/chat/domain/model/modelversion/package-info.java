/**
 * Model versions: each training of the intent classifier, its inputs and figures, which one the bot
 * uses, and the rule that lets a new one in only when it is not worse.
 */
package io.postbot.chat.domain.model.modelversion;
