package org.saywho.internal.doc;

import java.util.Optional;
import java.util.OptionalInt;
import org.saywho.Cue;
import org.saywho.Quote;
import org.saywho.Span;

/**
 * An attribution found in the article, before it becomes a public {@link Quote}.
 *
 * @param content the content's characters
 * @param type direct, mixed or indirect
 * @param origin how the speaker was found
 * @param cue the reporting cue, when one marks it
 * @param speaker the speaker mention its own sentence gives, when it gives one
 * @param confidence how sure the finding is, in [0, 1]
 * @param speakerFrom for a continuation, the index (in the article's attribution list) of the
 *     attribution whose speaker mention names its speaker
 */
public record Attribution(Span content, Quote.Type type, Origin origin, Optional<CueMention> cue,
    Optional<SpeakerMention> speaker, double confidence, OptionalInt speakerFrom) {

  /** How the speaker was found. */
  public enum Origin {
    /** A reporting cue with its speaker in the same sentence. */
    CUE,
    /** A colon after a speaker's name ("Trump: “…”"). */
    COLON,
    /** A quote continuing an earlier speaker's quote. */
    CONTINUATION
  }

  /**
   * A reporting cue's tokens, lemma and kind.
   *
   * @param tokens the cue's tokens
   * @param lemma its lemma ("say", "according to", ":")
   * @param kind whether it reports speech or a mental state
   */
  public record CueMention(TokenRange tokens, String lemma, Cue.Kind kind) {}

  /**
   * The tokens naming a speaker.
   *
   * @param tokens the mention's tokens
   * @param head its head token
   * @param role the appositive role given with it ("the Kremlin spokesman"), when there is one
   */
  public record SpeakerMention(TokenRange tokens, int head, Optional<TokenRange> role) {

    /** Returns the first token. */
    public int first() {
      return tokens.first();
    }

    /** Returns the last token. */
    public int last() {
      return tokens.last();
    }
  }
}
