package io.postbot.handoff.application;

import io.postbot.handoff.api.PrivacyNotice;
import io.postbot.shared.Language;
import io.postbot.shared.LegalBasis;

/** What the service tells the customer about a handoff, in their language. */
final class HandoffTexts {

  private HandoffTexts() {}

  /**
   * Why the contact details are asked for. The legal basis is not in the text: it travels as its
   * own field, which the widget shows once beside it.
   */
  static PrivacyNotice notice(Language language, String policyUrl) {
    String text =
        language == Language.NB
            ? "Vi ber om navn, e-post og telefonnummer mens du venter, fordi det nesten alltid"
                + " trengs for å løse saken, og fordi det korter ned ventetiden. Opplysningene"
                + " brukes bare til å følge opp henvendelsen din og til å spørre hvordan du"
                + " opplevde kontakten; å svare er frivillig."
            : "We ask for your name, e-mail and phone number while you wait, because they are"
                + " almost always needed to solve your case and asking now shortens the wait."
                + " They are used only to follow up your query and to ask how you experienced"
                + " our service; answering that is voluntary.";
    return new PrivacyNotice(text, LegalBasis.LEGITIMATE_INTEREST.citation(), policyUrl);
  }

  static String joined(Language language, String agent) {
    return language == Language.NB
        ? agent + " har koblet seg på chatten."
        : agent + " joined the chat.";
  }

  static String transferred(Language language, String agent) {
    return language == Language.NB
        ? agent + " har tatt over chatten."
        : agent + " took over the chat.";
  }

  static String left(Language language, String agent) {
    return language == Language.NB
        ? agent + " har forlatt chatten. Du snakker med Postbot igjen."
        : agent + " left the chat. You are talking to Postbot again.";
  }

  static String queued(Language language) {
    return language == Language.NB
        ? "Du står i kø for å chatte med kundeservice."
        : "You are in the queue to chat with customer service.";
  }

  static String offline(Language language) {
    return language == Language.NB
        ? "Takk! Vi har mottatt meldingen din og svarer så snart kundeservice er tilbake."
        : "Thank you! We have your message and will answer as soon as customer service is back.";
  }

  static String closedNow(Language language) {
    return language == Language.NB
        ? "Kundeservice er ikke tilgjengelig nå. Du kan legge igjen en melding."
        : "Customer service is not available right now. You can leave a message.";
  }
}
