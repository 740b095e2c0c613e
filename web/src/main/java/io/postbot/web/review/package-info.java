/** The administrators' pages that improve the bot: random review of questions, model versions. */
package io.postbot.web.review;
