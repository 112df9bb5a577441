package org.saywho.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/** What {@code GET /v1/version} says: SayWho's version and the models it runs, with their checksums. */
final class Version {

  static final String SAYWHO = "0.2.0";

  private static final String[][] MODELS = {
      {"part-of-speech tagger", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger",
          "Stanford CoreNLP 4.5.10 (english-left3words-distsim)"},
      {"sentence splitter", "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", "Apache OpenNLP models 1.3.0 (UD English EWT)"},
      {"check-worthiness", "org/saywho/models/checkworthiness.bin", "SayWho, trained on ClaimBuster"},
      {"news claims", "org/saywho/models/news-claims-checkworthy.bin", "SayWho, trained on SayWho's claims gold (PolNeAR dev)"},
      {"attribution tagger", "org/saywho/models/attribution.bin", "SayWho, trained on PolNeAR"},
      {"reporting cues", "org/saywho/models/cues.tsv", "SayWho lexicon"}};

  private Version() {}

  static ObjectNode json(ObjectMapper mapper) {
    ObjectNode out = mapper.createObjectNode().put("saywho", SAYWHO);
    ArrayNode models = out.putArray("models");
    for (String[] m : MODELS) {
      ObjectNode o = models.addObject().put("name", m[0]).put("resource", m[1]).put("source", m[2]);
      o.put("sha256", sha256(m[1]));
    }
    Properties cw = new Properties();
    try (InputStream in = Version.class.getClassLoader().getResourceAsStream("org/saywho/models/checkworthiness.properties")) {
      if (in != null) {
        cw.load(in);
        ((ObjectNode) models.get(2)).put("corpus", cw.getProperty("corpus", "")).put("threshold", cw.getProperty("threshold", ""));
      }
    } catch (IOException e) {
      // the checksum above already says which model runs
    }
    return out;
  }

  private static String sha256(String resource) {
    try (InputStream in = Version.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return "missing";
      }
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int r; (r = in.read(buf)) > 0; ) {
        d.update(buf, 0, r);
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      return "unreadable";
    }
  }
}
