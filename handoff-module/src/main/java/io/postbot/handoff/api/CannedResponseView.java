package io.postbot.handoff.api;

import io.postbot.shared.Language;
import java.util.UUID;

/** A canned response as the console lists it. */
public record CannedResponseView(UUID id, Language language, String title, String text) {}
