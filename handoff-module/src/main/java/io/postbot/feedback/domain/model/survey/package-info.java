/** Surveys: one-time invitations after an agent chat and the anonymous answers. */
package io.postbot.feedback.domain.model.survey;
