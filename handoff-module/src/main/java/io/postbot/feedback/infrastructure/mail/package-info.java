/** Sends survey invitations by e-mail over SMTP (Jakarta Mail). */
package io.postbot.feedback.infrastructure.mail;
