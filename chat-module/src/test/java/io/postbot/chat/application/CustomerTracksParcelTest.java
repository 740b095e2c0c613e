package io.postbot.chat.application;

import static io.postbot.chat.application.ChatWithBot.firstButton;
import static io.postbot.chat.application.ChatWithBot.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.StartedConversation;
import io.postbot.chat.api.TrackingOutcome;
import io.postbot.shared.Language;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A customer tracks a parcel by writing its number")
class CustomerTracksParcelTest {

  private final ChatWithBot bot = new ChatWithBot();

  @Test
  @DisplayName("a parcel at a pickup point: where, when open, until when, with a timeline card")
  void readyForPickup() {
    StartedConversation chat = bot.chatAbout(Shipments.readyForPickup(Shipments.SSCC), Language.EN);

    List<MessageView> replies = bot.say(chat, "hi, where is (00) 3707 0123 4567 8901 25?");

    assertThat(replies.get(0).text())
        .contains("Shipment 370701234567890125 is ready for pickup.")
        .contains("Latest update, Wednesday 25 November at 09:12 in Oslo")
        .contains(
            "You can collect it at Coop Extra Grünerløkka, Thorvald Meyers gate 45, 0555 Oslo.")
        .contains("Opening hours: Mon-Fri 07-23, Sat 08-21.")
        .contains("Please collect it by Wednesday 9 December");
    JsonObject tracking = payload(replies.get(0)).getJsonObject("tracking");
    assertThat(tracking.getString("number")).isEqualTo("370701234567890125");
    assertThat(tracking.getString("status")).isEqualTo("READY_FOR_PICKUP");
    assertThat(tracking.getString("statusText")).isEqualTo("Ready for pickup");
    assertThat(tracking.getJsonObject("pickupPoint").getString("name"))
        .isEqualTo("Coop Extra Grünerløkka");
    assertThat(tracking.getJsonArray("events")).hasSize(2);
    assertThat(tracking.getJsonArray("events").getJsonObject(0).getString("status"))
        .isEqualTo("READY_FOR_PICKUP");
    assertThat(firstButton(replies.get(0)).getString("url"))
        .isEqualTo("https://sporing.posten.no/sporing/370701234567890125");
  }

  @Test
  @DisplayName("a parcel on its way: the expected delivery, in Norwegian for a Norwegian chat")
  void inTransitInNorwegian() {
    StartedConversation chat = bot.chatAbout(Shipments.inTransit(Shipments.ITEM), Language.NB);

    List<MessageView> replies = bot.say(chat, "sporing ct 797 294 851 no");

    assertThat(replies.get(0).text())
        .startsWith("Sending CT797294851NO er på vei.")
        .contains("i Bergen")
        .contains("Forventet levert: fredag 27. november.");
    assertThat(bot.carrier.lastLanguage).isEqualTo(Language.NB);
  }

  @Test
  @DisplayName("an unknown number: the common reasons, and a person to talk to")
  void notFound() {
    StartedConversation chat = bot.start(Language.EN);

    List<MessageView> replies = bot.say(chat, "CT797294851NO");

    assertThat(replies.get(0).text())
        .startsWith("I couldn't find a shipment with the number CT797294851NO.")
        .contains("another carrier")
        .contains("too early")
        .contains("typo");
    assertThat(firstButton(replies.get(0)).getString("intent")).isEqualTo("talk_to_human");
    assertThat(bot.trackingOutcomes()).containsExactly(TrackingOutcome.NOT_FOUND);
  }

  @Test
  @DisplayName("the tracking service down: the bot says so and offers a person")
  void serviceDown() {
    StartedConversation chat = bot.chatWhileTrackingIsDown(Language.EN);

    List<MessageView> replies = bot.say(chat, "where is CT797294851NO?");

    assertThat(replies.get(0).text()).startsWith("Sorry, I can't reach the tracking service");
    assertThat(firstButton(replies.get(0)).getString("intent")).isEqualTo("talk_to_human");
    assertThat(bot.trackingOutcomes()).containsExactly(TrackingOutcome.UNAVAILABLE);
  }

  @Test
  @DisplayName("a number with a wrong check digit looks mistyped and is not looked up")
  void mistypedNumber() {
    StartedConversation chat = bot.start(Language.EN);

    List<MessageView> replies = bot.say(chat, "where is CT797294852NO?");

    assertThat(replies.get(0).text()).startsWith("That number looks mistyped");
    assertThat(bot.carrier.lookups).isEmpty();
  }

  @Test
  @DisplayName("the number stays in the conversation: events carry intent and outcome only")
  void numberNeverLeavesTheConversation() {
    StartedConversation chat = bot.chatAbout(Shipments.inTransit(Shipments.ITEM), Language.EN);

    bot.say(chat, "where is CT797294851NO?");

    assertThat(bot.events.all())
        .isNotEmpty()
        .allSatisfy(event -> assertThat(event.toString()).doesNotContain("797294851"));
    assertThat(bot.trackingOutcomes()).containsExactly(TrackingOutcome.FOUND);
  }
}
