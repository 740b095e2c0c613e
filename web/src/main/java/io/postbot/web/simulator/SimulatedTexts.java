package io.postbot.web.simulator;

import java.util.Map;

/** What the simulated carrier's events say, in English and Norwegian ("lang=no"). */
final class SimulatedTexts {

  private static final Map<String, String[]> TEXTS =
      Map.ofEntries(
          Map.entry(
              "notified",
              new String[] {
                "The sender has notified us of the shipment", "Avsender har meldt inn sendingen"
              }),
          Map.entry(
              "handed-in",
              new String[] {"The shipment has been handed in", "Sendingen er levert inn"}),
          Map.entry(
              "on-its-way", new String[] {"The shipment is on its way", "Sendingen er på vei"}),
          Map.entry(
              "left-abroad",
              new String[] {
                "The shipment has left the sender's country", "Sendingen har forlatt avsenderlandet"
              }),
          Map.entry(
              "arrived-norway",
              new String[] {"The shipment has arrived in Norway", "Sendingen er ankommet Norge"}),
          Map.entry(
              "customs",
              new String[] {
                "The shipment is being cleared through customs", "Sendingen er til fortolling"
              }),
          Map.entry(
              "terminal",
              new String[] {
                "The shipment has arrived at the terminal", "Sendingen er ankommet terminalen"
              }),
          Map.entry(
              "out",
              new String[] {"The shipment is out for delivery", "Sendingen er ute for levering"}),
          Map.entry(
              "attempted",
              new String[] {
                "We tried to deliver the shipment, but no one was home. We will try again on the next"
                    + " working day",
                "Vi forsøkte å levere sendingen, men ingen var hjemme. Vi prøver igjen neste virkedag"
              }),
          Map.entry(
              "ready",
              new String[] {
                "The shipment can be collected at {0}", "Sendingen kan hentes hos {0}"
              }),
          Map.entry(
              "delivered", new String[] {"The shipment has been delivered", "Sendingen er levert"}),
          Map.entry(
              "returned",
              new String[] {
                "The shipment was not collected and is being returned to the sender",
                "Sendingen ble ikke hentet og returneres til avsender"
              }));

  private SimulatedTexts() {}

  /** The event text in the language asked for: "no"/"nb" is Norwegian, anything else English. */
  static String text(String key, String lang, String pickupPoint) {
    boolean norwegian = "no".equalsIgnoreCase(lang) || "nb".equalsIgnoreCase(lang);
    return TEXTS.get(key)[norwegian ? 1 : 0].replace("{0}", pickupPoint);
  }
}
