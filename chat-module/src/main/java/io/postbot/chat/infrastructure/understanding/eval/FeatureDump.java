package io.postbot.chat.infrastructure.understanding.eval;

import io.postbot.chat.infrastructure.understanding.IntentModel;
import io.postbot.chat.infrastructure.understanding.LabelledText;
import io.postbot.chat.infrastructure.understanding.features.FeatureMatrix;
import io.postbot.chat.infrastructure.understanding.features.ProgressListener;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * nlu-eval's {@code --dump DIR}: writes a set's dense feature rows, the head's scores and the gold
 * labels as files for analysis outside the bot ({@code NAME.dense}, {@code NAME.logits}: rows of
 * little-endian float32 after an int32 row count and width; {@code NAME.labels}: one a line; {@code
 * labels.txt}: the model's labels in score order).
 */
final class FeatureDump {

  private FeatureDump() {}

  static void write(Path dir, String name, IntentModel model, List<LabelledText> examples)
      throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("labels.txt"), model.labels());
    FeatureMatrix features =
        model.features(examples.stream().map(LabelledText::text).toList(), ProgressListener.NONE);
    write(dir.resolve(name + ".dense"), features.dense());
    double[][] logits = model.logits(features);
    float[][] l = new float[logits.length][];
    for (int i = 0; i < logits.length; i++) {
      l[i] = new float[logits[i].length];
      for (int j = 0; j < l[i].length; j++) {
        l[i][j] = (float) logits[i][j];
      }
    }
    write(dir.resolve(name + ".logits"), l);
    Files.write(dir.resolve(name + ".labels"), examples.stream().map(LabelledText::label).toList());
  }

  private static void write(Path file, float[][] rows) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      int width = rows.length == 0 ? 0 : rows[0].length;
      out.writeInt(Integer.reverseBytes(rows.length));
      out.writeInt(Integer.reverseBytes(width));
      for (float[] row : rows) {
        for (float v : row) {
          out.writeInt(Integer.reverseBytes(Float.floatToIntBits(v)));
        }
      }
    }
  }
}
