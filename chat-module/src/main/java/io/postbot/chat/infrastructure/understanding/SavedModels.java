package io.postbot.chat.infrastructure.understanding;

import io.postbot.shared.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained model as bytes, so that a start loads the active version instead of training it. The
 * model's whole object graph is written with Java serialisation: the classifier's recipe changes
 * often (features, out-of-scope detection), and a graph written as it is follows every change,
 * where a hand-kept format could silently drop a new field. Three guards keep that safe: reading
 * accepts only the classifier's own classes and plain Java values (a filter, so stored bytes cannot
 * make other objects); a changed class no longer reads (no fixed serialVersionUID); and the saved
 * model's answers to a few fixed sentences are stored with it and must come out the same after
 * reading. Whatever fails means: train that version again.
 */
final class SavedModels {

  private static final Logger LOG = Logger.getLogger(SavedModels.class.getName());
  private static final int MAGIC = 0x50424d44; // "PBMD"
  private static final int FORMAT = 1;

  /** Made-up sentences (never a customer's) whose answers prove a read model unchanged. */
  static final List<String> CHECKS =
      List.of(
          "where is my parcel",
          "hvor er pakken min",
          "how much is it to send a letter to Sweden",
          "jeg har flyttet og vil endre adresse",
          "hello",
          "what is the weather like tomorrow",
          "can I talk to a person",
          "hvorfor må jeg betale toll",
          "thank you");

  private static final ObjectInputFilter FILTER =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=40;maxrefs=10000000;maxarray=100000000;maxbytes=2000000000;"
              + "io.postbot.chat.infrastructure.understanding.**;io.postbot.shared.Language;"
              + "java.lang.*;java.util.*;!*");

  private SavedModels() {}

  static byte[] write(TrainedUnderstanding model, String recipe) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream header = new DataOutputStream(bytes);
      header.writeInt(MAGIC);
      header.writeInt(FORMAT);
      header.writeUTF(recipe);
      header.writeInt(CHECKS.size());
      for (String sentence : CHECKS) {
        double[] p = model.model().probabilities(sentence);
        header.writeInt(p.length);
        for (double x : p) {
          header.writeDouble(x);
        }
      }
      header.flush();
      try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
        out.writeObject(model);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the model", e);
    }
  }

  /** The model, or empty when it is of another recipe or format, unreadable or changed. */
  static Optional<TrainedUnderstanding> read(byte[] saved, String recipe) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(saved))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        return rejected("another format");
      }
      if (!in.readUTF().equals(recipe)) {
        return rejected("another recipe");
      }
      int checks = in.readInt();
      if (checks != CHECKS.size()) {
        return rejected("other check sentences");
      }
      double[][] expected = new double[checks][];
      for (int i = 0; i < checks; i++) {
        expected[i] = new double[in.readInt()];
        for (int j = 0; j < expected[i].length; j++) {
          expected[i][j] = in.readDouble();
        }
      }
      TrainedUnderstanding model;
      try (ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(in))) {
        objects.setObjectInputFilter(FILTER);
        model = (TrainedUnderstanding) objects.readObject();
      }
      for (int i = 0; i < checks; i++) {
        if (!close(model.model().probabilities(CHECKS.get(i)), expected[i])) {
          return rejected("it answers the check sentences differently now");
        }
      }
      model.understand(CHECKS.get(0), Language.EN);
      return Optional.of(model);
    } catch (InvalidClassException e) {
      return rejected("its classes changed since (" + e.classname + ")");
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      return rejected(e.getClass().getSimpleName());
    }
  }

  private static boolean close(double[] actual, double[] expected) {
    if (actual.length != expected.length) {
      return false;
    }
    for (int i = 0; i < actual.length; i++) {
      if (!(Math.abs(actual[i] - expected[i]) <= 1e-4)) { // NaN is never close
        return false;
      }
    }
    return true;
  }

  private static Optional<TrainedUnderstanding> rejected(String why) {
    LOG.info(() -> "saved model not used, it is trained again: " + why);
    return Optional.empty();
  }
}
