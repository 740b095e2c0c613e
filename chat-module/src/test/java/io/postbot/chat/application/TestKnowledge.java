package io.postbot.chat.application;

import io.postbot.chat.domain.model.knowledge.Answer;
import io.postbot.chat.domain.model.knowledge.Button;
import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.shared.Language;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small knowledge base of its own, so dialogue tests do not depend on the wording of the shipped
 * content files.
 */
final class TestKnowledge implements KnowledgeBase {

  private final Map<IntentId, Intent> intents = new LinkedHashMap<>();

  TestKnowledge() {
    add(
        "greeting",
        "Hi! How can I help?",
        "Hei! Hva kan jeg hjelpe med?",
        Map.of(
            Language.EN,
            List.of(
                Button.quickReply("Track a parcel", new IntentId("track_parcel")),
                Button.quickReply("Talk to a person", new IntentId("talk_to_human"))),
            Language.NB,
            List.of(Button.quickReply("Spor en pakke", new IntentId("track_parcel")))));
    add("track_parcel", "What is the tracking number?", "Hva er sporingsnummeret?", Map.of());
    add(
        "talk_to_human",
        "I can put you in touch with a person.",
        "Jeg kan sette deg over.",
        Map.of());
    add(
        "change_address",
        "You can change your address online.",
        "Du kan endre adresse på nett.",
        Map.of());
    add(
        "send_parcel",
        "You can send a parcel from any post office.",
        "Du kan sende fra et postkontor.",
        Map.of());
    add(
        "services",
        "I can help with tracking and addresses.",
        "Jeg kan hjelpe med sporing.",
        Map.of(
            Language.EN,
            List.of(Button.quickReply("Change your address", new IntentId("change_address")))));
    add(
        "out_of_scope",
        "Sorry, I can't help with that.",
        "Beklager, det kan jeg ikke hjelpe med.",
        Map.of(
            Language.EN,
            List.of(Button.quickReply("Talk to a person", new IntentId("talk_to_human")))));
  }

  private void add(
      String id, String english, String norwegian, Map<Language, List<Button>> buttons) {
    IntentId intent = new IntentId(id);
    intents.put(
        intent,
        new Intent(
            intent,
            Map.of(),
            Map.of(
                Language.EN, new Answer(english, buttons.getOrDefault(Language.EN, List.of())),
                Language.NB, new Answer(norwegian, buttons.getOrDefault(Language.NB, List.of())))));
  }

  @Override
  public Collection<Intent> intents() {
    return intents.values();
  }

  @Override
  public Optional<Intent> intent(IntentId id) {
    return Optional.ofNullable(intents.get(id));
  }
}
