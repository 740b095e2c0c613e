package io.postbot.feedback.api;

import io.postbot.shared.Language;
import java.time.Instant;

/** A customer rated an agent chat; anonymous (no conversation, no contact data). */
public record SurveyAnswered(int score, Language language, Instant at) {}
