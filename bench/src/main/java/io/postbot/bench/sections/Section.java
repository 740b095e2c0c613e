package io.postbot.bench.sections;

import jakarta.json.JsonObject;

/** One part of the suite: measures its figures and their ceilings, and returns them as JSON. */
public interface Section {

  /** The name on the command line and in the results file, e.g. "chat". */
  String name();

  /** Whether it starts a server (then bin/bench runs it under the machine's lock, if given). */
  boolean startsServer();

  JsonObject run(Run run) throws Exception;
}
