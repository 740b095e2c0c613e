package io.postbot.feedback.api;

/** A survey invitation as the survey page shows it. */
public record SurveyView(String language, boolean answered) {}
