package io.postbot.handoff.domain.model.canned;

import io.postbot.shared.Language;
import java.util.List;
import java.util.UUID;

/** Canned responses, per language. */
public interface CannedResponseRepository {

  void add(CannedResponse response);

  List<CannedResponse> all();

  List<CannedResponse> in(Language language);

  boolean remove(UUID id);
}
