package org.saywho.internal.learn;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.saywho.internal.lexicon.Resources;

/**
 * OpenNLP's L2-regularised maximum entropy (quasi-Newton), trained deterministically: one thread,
 * events in the order given, a fixed feature cutoff.
 */
public final class Maxent {

  private Maxent() {}

  /**
   * Trains a model.
   *
   * @param events the training events
   * @param l2 the L2 cost
   * @param iterations the maximum number of quasi-Newton iterations
   * @param cutoff features seen fewer times are dropped
   * @return the model
   */
  public static MaxentModel train(List<Event> events, double l2, int iterations, int cutoff) {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put(QNTrainer.L2COST_PARAM, l2);
    params.put(QNTrainer.L1COST_PARAM, 0.0);
    params.put("PrintMessages", false);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    try {
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a model in OpenNLP's binary format.
   *
   * @param in the model's bytes
   * @return the model
   * @throws IOException when the bytes are not a model
   */
  public static MaxentModel read(InputStream in) throws IOException {
    return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
  }

  /**
   * Reads a model in OpenNLP's binary format from a classpath resource.
   *
   * @param path a resource path without leading slash
   * @return the model
   */
  public static MaxentModel load(String path) {
    try (InputStream in = Resources.open(path)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Serializes a trained model in OpenNLP's binary format.
   *
   * @param model a model from {@link #train}
   * @return its bytes
   */
  public static byte[] bytes(MaxentModel model) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      new GenericModelWriter((AbstractModel) model, out).persist();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
