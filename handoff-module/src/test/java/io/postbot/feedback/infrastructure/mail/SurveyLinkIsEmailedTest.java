package io.postbot.feedback.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.postbot.shared.Language;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("The survey link is e-mailed through the configured SMTP server, or not at all")
class SurveyLinkIsEmailedTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp"));

  @Test
  @DisplayName("with a host, the customer gets the link in their language")
  void sent() throws Exception {
    SurveyMailer mailer =
        new SurveyMailer(
            Optional.of("127.0.0.1"), smtp.getSmtp().getPort(), "kundeservice@example.no");

    boolean sent = mailer.send("kari@example.no", Language.NB, "https://example.no/survey/#abc");

    assertThat(sent).isTrue();
    var message = smtp.getReceivedMessages()[0];
    assertThat(message.getAllRecipients()[0].toString()).isEqualTo("kari@example.no");
    assertThat(message.getFrom()[0].toString()).isEqualTo("kundeservice@example.no");
    assertThat(message.getSubject()).contains("kundeservice");
    assertThat(GreenMailUtil.getBody(message)).contains("https://example.no/survey/#abc");
  }

  @Test
  @DisplayName("without a host nothing is sent")
  void off() {
    SurveyMailer mailer = new SurveyMailer(Optional.empty(), 25, "x@example.no");
    assertThat(mailer.enabled()).isFalse();
    assertThat(mailer.send("kari@example.no", Language.EN, "link")).isFalse();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }
}
