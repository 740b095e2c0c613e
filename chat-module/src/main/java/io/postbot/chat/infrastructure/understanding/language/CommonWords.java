package io.postbot.chat.infrastructure.understanding.language;

import io.postbot.shared.Language;
import java.util.List;

/** Frequent words of each language, so that language guessing works before content is large. */
final class CommonWords {

  private static final List<String> EN =
      List.of(
          "i you he she it we they me my your our their this that these those what which who",
          "where when why how is are was were be been being have has had do does did not no yes",
          "the a an and or but if of at by for with about to from in out on off over under again",
          "can could will would should may might must shall want need get got send sent receive",
          "parcel package letter post office mail stamp address delivery delivered tracking number",
          "hello hi thanks thank please help customer service pick up collect arrive arrived still",
          "there here some any all more most other such only own same so than too very just now",
          "wrong lost damaged pay paid customs fee price cost how much long days week today");

  private static final List<String> NB =
      List.of(
          "jeg du han hun det vi dere de meg deg min mitt mine din ditt dine vår våre deres",
          "hva hvilken hvem hvor når hvorfor hvordan er var blir ble har hadde gjør gjorde ikke",
          "nei ja en et ei og eller men om av på for med til fra i ut over under igjen",
          "kan kunne vil ville skal skulle må får fikk sende sendt sende motta mottatt",
          "pakke pakken pakker brev brevet post posten postkontor frimerke adresse levering levert",
          "hei hallo takk tusen vennligst hjelp kundeservice hente henter komme kommet fortsatt",
          "der her noen noe alle mer mest andre slik bare egen samme så enn også veldig nå",
          "feil borte skadet betale betalt toll gebyr pris koster hvor mye lenge dager uke i dag",
          "sporingsnummer sporing hentested pakkeboks melding sms å æ ø");

  private CommonWords() {}

  static List<String> of(Language language) {
    return switch (language) {
      case EN -> EN;
      case NB -> NB;
    };
  }
}
