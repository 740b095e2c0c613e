package io.postbot.chat.api.attachment;

/**
 * One extra of a chat message besides its text. The set is closed: every part of the system that
 * stores, sends or shows a message handles each kind, and the compiler says when one is missing.
 */
public sealed interface Attachment
    permits Buttons, TrackingCard, HandoffOffer, HandoffNotice, SurveyInvitation, AgentSignature {}
