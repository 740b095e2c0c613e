package io.postbot.feedback.infrastructure.mail;

import io.postbot.feedback.domain.model.survey.SurveyMail;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the survey link by e-mail through the configured SMTP server (postbot.smtp.host, .port,
 * .from). Without a host nothing is sent: the survey is then offered in the widget only. Logs never
 * name the recipient.
 */
@ApplicationScoped
public class SurveyMailer implements SurveyMail {

  private static final Logger LOG = Logger.getLogger(SurveyMailer.class.getName());

  @Inject
  @ConfigProperty(name = "postbot.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "postbot.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "postbot.smtp.from", defaultValue = "kundeservice@postbot.invalid")
  String from;

  protected SurveyMailer() {}

  public SurveyMailer(Optional<String> host, int port, String from) {
    this.host = host;
    this.port = port;
    this.from = from;
  }

  public boolean enabled() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** Sends the invitation; false when mail is off or the server refused (the widget still asks). */
  @Override
  public boolean send(String to, Language language, String link) {
    if (!enabled()) {
      return false;
    }
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.get());
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    Session session = Session.getInstance(properties);
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      boolean nb = language == Language.NB;
      message.setSubject(
          nb
              ? "Hvordan var kontakten med kundeservice?"
              : "How was your contact with customer service?",
          StandardCharsets.UTF_8.name());
      message.setText(
          (nb
                  ? "Takk for at du kontaktet oss. Vil du fortelle oss hvordan det gikk? Det er"
                      + " frivillig og tar ett minutt:\n\n"
                  : "Thank you for contacting us. Would you tell us how it went? It is voluntary"
                      + " and takes a minute:\n\n")
              + link
              + "\n",
          StandardCharsets.UTF_8.name());
      Transport.send(message);
      return true;
    } catch (MessagingException e) {
      LOG.warning(() -> "survey e-mail not sent: " + e.getClass().getSimpleName());
      return false;
    }
  }
}
