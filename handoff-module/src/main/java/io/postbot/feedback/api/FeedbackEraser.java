package io.postbot.feedback.api;

import io.postbot.shared.ConversationId;
import java.util.Collection;

/** Erases the survey invitations of conversations; the anonymous answers are not linked to them. */
public interface FeedbackEraser {

  int erase(Collection<ConversationId> conversations);
}
