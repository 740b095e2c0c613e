/** Customers' questions that reviewers judged: the evaluation set's real phrasing, corrections. */
package io.postbot.chat.domain.model.review;
