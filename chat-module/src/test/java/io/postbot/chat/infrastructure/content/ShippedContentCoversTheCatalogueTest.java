package io.postbot.chat.infrastructure.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.knowledge.Answer;
import io.postbot.chat.domain.model.knowledge.Button;
import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.shared.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The content shipped with the bot answers everything the intent catalogue asks for, in both
 * languages, and the evaluation sets measure it on sentences it has not been trained on.
 */
@DisplayName("The shipped content covers the intent catalogue")
class ShippedContentCoversTheCatalogueTest {

  /** The ids of the intent catalogue (mission/intents.md); they are fixed and never renamed. */
  static final List<String> CATALOGUE =
      List.of(
          "track_parcel",
          "tracking_number_not_found",
          "find_tracking_number",
          "parcel_delayed",
          "tracking_status_meaning",
          "delivery_time",
          "missing_letter",
          "missing_parcel",
          "delivered_not_received",
          "attempted_delivery",
          "change_delivery",
          "return_to_sender",
          "pickup_point",
          "pickup_deadline",
          "pickup_requirements",
          "parcel_locker",
          "opening_hours",
          "customs_fee_why",
          "customs_pay",
          "customs_already_paid",
          "customs_refund",
          "customs_documents",
          "fraud_sms",
          "price_domestic_parcel",
          "price_international",
          "size_weight_limits",
          "buy_postage_online",
          "letter_postage",
          "registered_mail",
          "packaging",
          "prohibited_items",
          "customs_declaration_sending",
          "returns",
          "compensation",
          "change_of_address",
          "temporary_forwarding",
          "hold_mail",
          "mailbox_labelling",
          "wrong_mail_received",
          "po_box",
          "no_advertising",
          "digipost",
          "app_login",
          "notifications",
          "damaged_parcel",
          "lost_item_claim",
          "complaint_status",
          "business_customer",
          "talk_to_human",
          "privacy_chat_data",
          "greeting",
          "goodbye",
          "thanks",
          "out_of_scope");

  static final List<String> EVALUATION_SETS =
      List.of(
          "nlu/postal-test-en.tsv",
          "nlu/postal-test-nb.tsv",
          "nlu/postal-val-en.tsv",
          "nlu/postal-val-nb.tsv",
          "nlu/postal-robust-en.tsv",
          "nlu/postal-robust-nb.tsv",
          "nlu/postal-multi-en.tsv",
          "nlu/postal-multi-nb.tsv");

  private static final int MIN_EXAMPLES = 30;
  private static final Pattern URL = Pattern.compile("\\b[a-zA-Z][a-zA-Z+.-]*://[^\\s)]+");

  private static Map<IntentId, Intent> shipped;

  @BeforeAll
  static void loadTheShippedContent() {
    // given the content as it ships on the class path
    shipped =
        new ContentLoader(ShippedContentCoversTheCatalogueTest.class.getClassLoader())
            .load().stream().collect(Collectors.toMap(Intent::id, Function.identity()));
  }

  @Test
  @DisplayName("every id of the catalogue is an intent of the shipped content")
  void everyCatalogueIdIsPresent() {
    // then
    assertThat(shipped.keySet())
        .extracting(IntentId::value)
        .containsAll(CATALOGUE)
        .doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("every intent but out_of_scope has at least 30 examples in English and in bokmål")
  void everyIntentHasEnoughExamples() {
    for (Intent intent : shipped.values()) {
      if (intent.id().equals(IntentId.OUT_OF_SCOPE)) {
        continue;
      }
      for (Language language : Language.values()) {
        assertThat(intent.examplesIn(language))
            .as("examples of %s (%s)", intent.id(), language.code())
            .hasSizeGreaterThanOrEqualTo(MIN_EXAMPLES)
            .allSatisfy(example -> assertThat(example).isNotBlank());
      }
    }
  }

  @Test
  @DisplayName("out_of_scope has an answer and examples of questions outside the service to learn")
  void outOfScopeHasAnAnswerAndExamplesToReject() {
    Intent outOfScope = shipped.get(IntentId.OUT_OF_SCOPE);
    assertThat(outOfScope).isNotNull();
    for (Language language : Language.values()) {
      assertThat(outOfScope.examplesIn(language)).hasSizeGreaterThanOrEqualTo(30);
      assertThat(outOfScope.answerIn(language)).isPresent();
    }
  }

  @Test
  @DisplayName("every intent has an answer in English and in bokmål")
  void everyIntentIsAnsweredInBothLanguages() {
    for (Intent intent : shipped.values()) {
      for (Language language : Language.values()) {
        assertThat(intent.answerIn(language))
            .as("answer of %s (%s)", intent.id(), language.code())
            .hasValueSatisfying(answer -> assertThat(answer.text()).isNotBlank());
      }
    }
  }

  @Test
  @DisplayName("no sentence is a training example of two different intents in the same language")
  void examplesAreUnambiguous() {
    for (Language language : Language.values()) {
      Map<String, IntentId> owner = new HashMap<>();
      for (Intent intent : shipped.values()) {
        for (String example : intent.examplesIn(language)) {
          IntentId previous = owner.putIfAbsent(normalised(example), intent.id());
          assertThat(previous == null || previous.equals(intent.id()))
              .as("'%s' is an example of %s and %s", example, previous, intent.id())
              .isTrue();
        }
      }
    }
  }

  @Test
  @DisplayName("every link, as a button or in the text, uses https")
  void everyLinkIsHttps() {
    for (Intent intent : shipped.values()) {
      for (Answer answer : intent.answers().values()) {
        for (Button button : answer.buttons()) {
          if (button.isLink()) {
            assertThat(button.link().getScheme()).as("link in %s", intent.id()).isEqualTo("https");
          }
        }
        Matcher url = URL.matcher(answer.text());
        while (url.find()) {
          assertThat(url.group()).as("link in the text of %s", intent.id()).startsWith("https://");
        }
      }
    }
  }

  @Test
  @DisplayName(
      "the evaluation sets label every sentence with a shipped intent, 'oos', or two intents a|b")
  void evaluationSetsUseKnownLabels() throws IOException {
    Set<String> labels =
        shipped.keySet().stream()
            .map(IntentId::value)
            .collect(Collectors.toCollection(HashSet::new));
    labels.add("oos");
    for (String set : EVALUATION_SETS) {
      List<String[]> rows = rows(set);
      assertThat(rows).as(set).isNotEmpty();
      for (String[] row : rows) {
        assertThat(row).as("a line of %s: intent<TAB>utterance", set).hasSize(2);
        assertThat(labels).as("label in %s", set).contains(row[0].split("\\|"));
        assertThat(row[1]).as("utterance in %s", set).isNotBlank();
      }
    }
  }

  @Test
  @DisplayName("no training example appears in the test or validation sets")
  void evaluationSetsDoNotLeakTrainingExamples() throws IOException {
    for (String set : EVALUATION_SETS) {
      // given the training examples in the set's language
      Language language = set.contains("-nb.") ? Language.NB : Language.EN;
      Set<String> training = new HashSet<>();
      shipped
          .values()
          .forEach(i -> i.examplesIn(language).forEach(e -> training.add(normalised(e))));
      // when the set's utterances are compared with them
      List<String> leaked = new ArrayList<>();
      for (String[] row : rows(set)) {
        if (row.length == 2 && training.contains(normalised(row[1]))) {
          leaked.add(row[1]);
        }
      }
      // then none of them is a training example
      assertThat(leaked).as("training examples found in %s", set).isEmpty();
    }
  }

  /**
   * Lower case, punctuation and extra spaces removed: "Where's my parcel?" = "wheres my parcel".
   */
  private static String normalised(String sentence) {
    return sentence
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\s]", "")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static List<String[]> rows(String resource) throws IOException {
    InputStream in =
        ShippedContentCoversTheCatalogueTest.class.getClassLoader().getResourceAsStream(resource);
    assertThat(in).as("%s on the test class path", resource).isNotNull();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t", -1))
          .toList();
    }
  }
}
