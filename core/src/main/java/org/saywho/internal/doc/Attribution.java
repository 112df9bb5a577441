package org.saywho.internal.doc;

import org.saywho.Quote;
import org.saywho.Span;

/**
 * An attribution found in the article, before it becomes a public {@link Quote}: the content, the
 * cue tokens, the speaker mention tokens and, once resolved, the speaker entity. Mutable while the
 * pipeline runs; confined to one extraction.
 */
public final class Attribution {

  /** How the speaker was found. */
  public enum Origin {
    /** A reporting cue with its speaker in the same sentence. */
    CUE,
    /** A colon after a speaker's name ("Trump: “…”"). */
    COLON,
    /** A quote continuing an earlier speaker's quote. */
    CONTINUATION
  }

  private final Span content;
  private final Quote.Type type;
  private final Origin origin;
  private final int cueFirst;
  private final int cueLast;
  private final String cueLemma;
  private int speakerFirst = -1;
  private int speakerLast = -1;
  private int speakerHead = -1;
  private int roleFirst = -1;
  private int roleLast = -1;
  private int entity = -1;
  private double confidence;
  private Attribution speakerSource;

  /**
   * Creates an attribution.
   *
   * @param content the content's character span
   * @param type direct, mixed or indirect
   * @param origin how the speaker is found
   * @param cueFirst first cue token, -1 without cue
   * @param cueLast last cue token, -1 without cue
   * @param cueLemma the cue's lemma, "" without cue
   * @param confidence initial confidence
   */
  public Attribution(Span content, Quote.Type type, Origin origin, int cueFirst, int cueLast, String cueLemma,
      double confidence) {
    this.content = content;
    this.type = type;
    this.origin = origin;
    this.cueFirst = cueFirst;
    this.cueLast = cueLast;
    this.cueLemma = cueLemma;
    this.confidence = confidence;
  }

  /** Returns the content span. */
  public Span content() {
    return content;
  }

  /** Returns the type. */
  public Quote.Type type() {
    return type;
  }

  /** Returns how the speaker is found. */
  public Origin origin() {
    return origin;
  }

  /** Returns whether a cue marks it. */
  public boolean hasCue() {
    return cueFirst >= 0;
  }

  /** Returns the first cue token. */
  public int cueFirst() {
    return cueFirst;
  }

  /** Returns the last cue token. */
  public int cueLast() {
    return cueLast;
  }

  /** Returns the cue lemma. */
  public String cueLemma() {
    return cueLemma;
  }

  /** Returns whether the speaker mention is known. */
  public boolean hasSpeakerMention() {
    return speakerFirst >= 0;
  }

  /** Returns the first token of the speaker mention. */
  public int speakerFirst() {
    return speakerFirst;
  }

  /** Returns the last token of the speaker mention. */
  public int speakerLast() {
    return speakerLast;
  }

  /** Returns the head token of the speaker mention. */
  public int speakerHead() {
    return speakerHead;
  }

  /**
   * Sets the speaker mention.
   *
   * @param first its first token
   * @param last its last token
   * @param head its head token
   */
  public void setSpeakerMention(int first, int last, int head) {
    this.speakerFirst = first;
    this.speakerLast = last;
    this.speakerHead = head;
  }

  /** Returns the first token of an appositive role given with the mention, -1 when none. */
  public int roleFirst() {
    return roleFirst;
  }

  /** Returns the last token of the appositive role, -1 when none. */
  public int roleLast() {
    return roleLast;
  }

  /**
   * Sets the appositive role given with the speaker mention ("the Kremlin spokesman").
   *
   * @param first its first token
   * @param last its last token
   */
  public void setRole(int first, int last) {
    this.roleFirst = first;
    this.roleLast = last;
  }

  /** Returns the resolved entity index, -1 when none. */
  public int entity() {
    return entity;
  }

  /** Sets the resolved entity index. */
  public void setEntity(int entity) {
    this.entity = entity;
  }

  /** Returns the confidence. */
  public double confidence() {
    return confidence;
  }

  /** Sets the confidence. */
  public void setConfidence(double confidence) {
    this.confidence = confidence;
  }

  /** Returns the attribution this one takes its speaker from, or null for none. */
  public Attribution speakerSource() {
    return speakerSource;
  }

  /** Makes this attribution take its speaker from {@code source}. */
  public void setSpeakerSource(Attribution source) {
    this.speakerSource = source;
  }
}
