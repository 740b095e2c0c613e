package io.postbot.handoff.api;

/**
 * The short notice shown next to the contact form: why the details are asked, the legal basis (GDPR
 * Art. 6(1)(f)) and where the privacy policy is.
 */
public record PrivacyNotice(String text, String legalBasis, String policyUrl) {}
