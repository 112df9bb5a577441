package org.saywho.internal.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.saywho.Span;
import org.saywho.Speaker;
import java.util.Optional;
import java.util.OptionalInt;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.Resolution;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Gender;
import org.saywho.internal.lexicon.Words;
import org.jspecify.annotations.Nullable;

/**
 * Resolves every attribution's speaker mention to one entity: names link to earlier forms of the same
 * name, pronouns to the salient person or group before them, descriptions ("the spokesman") to an
 * entity with that role or to an unnamed source ("spokesperson for Marco Rubio"); continuations take
 * their source's speaker.
 */
public final class EntityResolver {

  private final Words words;

  /**
   * Creates a resolver.
   *
   * @param words the word lists
   */
  public EntityResolver(Words words) {
    this.words = words;
  }

  /**
   * Resolves the speakers of an article's attributions.
   *
   * @param doc the tagged article
   * @param attributions its attributions
   * @return its entities and each attribution's speaker entity
   */
  public Resolution resolve(Article doc, List<Attribution> attributions) {
    Tokens t = doc.tokens();
    List<NameMention> names = new NameFinder(words, t).find();
    boolean[] inContent = contentTokens(t, attributions);
    EntityTable table = new EntityTable(t);
    Salience salience = new Salience();
    Nominals nominals = new Nominals(words, t, table, names);
    List<Integer> cued = new ArrayList<>();
    for (int a = 0; a < attributions.size(); a++) {
      if (attributions.get(a).speaker().isPresent()) {
        cued.add(a);
      }
    }
    cued.sort(Comparator.comparingInt(a -> mention(attributions.get(a)).first()));
    List<OptionalInt> speakerOf = new ArrayList<>(Collections.nCopies(attributions.size(), OptionalInt.empty()));
    int n = 0;
    for (int a : cued) {
      SpeakerMention sp = mention(attributions.get(a));
      while (n < names.size() && names.get(n).first() <= sp.last()) {
        NameMention m = names.get(n++);
        EntityDraft e = table.link(m);
        nominals.record(m, e);
        salience.add(m.last(), doc.paragraphOf(m.last()), e, m.subject(), inContent[m.last()]);
      }
      Optional<EntityDraft> found = speakerOf(doc, sp, nominals, salience);
      if (found.isPresent()) {
        EntityDraft e = found.get();
        speakerOf.set(a, OptionalInt.of(e.id()));
        e.addMention(t.span(sp.first(), sp.last()), sp.last());
        relativeAfter(t, sp, attributions.get(a)).ifPresent(r -> e.addMention(t.span(r, r), r));
        sp.role().ifPresent(r -> e.addRole(Nominals.withoutDeterminer(t, r.first(), r.last())));
        salience.add(sp.last(), doc.paragraphOf(sp.last()), e, true, false);
      }
    }
    while (n < names.size()) {
      NameMention m = names.get(n++);
      nominals.record(m, table.link(m));
    }
    for (int a = 0; a < attributions.size(); a++) {
      OptionalInt from = attributions.get(a).speakerFrom();
      if (from.isPresent()) {
        speakerOf.set(a, speakerOf.get(from.getAsInt()));
      }
    }
    return new Resolution(table.entities().stream().map(EntityDraft::toEntity).toList(), speakerOf);
  }

  /**
   * The relative pronoun after a speaker mention that is the cue's subject ("Kamin, who said …"): a
   * mention of the speaker too.
   */
  private static OptionalInt relativeAfter(Tokens t, SpeakerMention sp, Attribution a) {
    int next = sp.last() + 1;
    int r = next < t.size() && t.word(next).equals(",") ? next + 1 : next;
    boolean beforeCue = a.cue().map(c -> r < c.tokens().first()).orElse(false);
    return beforeCue && r < t.size() && (t.tag(r).equals("WP") || t.tag(r).equals("WDT"))
        ? OptionalInt.of(r) : OptionalInt.empty();
  }

  private static SpeakerMention mention(Attribution a) {
    return a.speaker().orElseThrow();
  }

  private Optional<EntityDraft> speakerOf(Article doc, SpeakerMention sp, Nominals nominals, Salience salience) {
    Tokens t = doc.tokens();
    int head = sp.head();
    NameMention name = nominals.nameAt(head);
    if (name != null) {
      return Optional.of(nominals.entityOf(name));
    }
    if (sp.first() == sp.last() && t.tag(head).equals("PRP")) {
      return Optional.ofNullable(pronoun(t.lower(head), doc.paragraphOf(head), salience));
    }
    return Optional.ofNullable(nominals.resolve(sp.first(), sp.last(), head));
  }

  private static @Nullable EntityDraft pronoun(String p, int paragraph, Salience salience) {
    EntityDraft e = switch (p) {
      case "he" -> salience.resolve(paragraph, Gender.MALE, List.of(Speaker.Type.PERSON));
      case "she" -> salience.resolve(paragraph, Gender.FEMALE, List.of(Speaker.Type.PERSON));
      case "they" -> salience.resolve(paragraph, Gender.UNKNOWN, List.of(Speaker.Type.GROUP, Speaker.Type.ORGANIZATION));
      case "it" -> salience.resolve(paragraph, Gender.UNKNOWN, List.of(Speaker.Type.ORGANIZATION));
      default -> null;
    };
    if (e != null && (p.equals("he") || p.equals("she"))) {
      e.learnGender(p.equals("he") ? Gender.MALE : Gender.FEMALE);
    }
    return e;
  }

  private static boolean[] contentTokens(Tokens t, List<Attribution> attributions) {
    boolean[] in = new boolean[t.size()];
    for (Attribution a : attributions) {
      if (a.type() == org.saywho.Quote.Type.DIRECT) {
        continue;
      }
      Span c = a.content();
      for (int i = t.firstAtOrAfter(c.start()); i < t.size() && t.start(i) < c.end(); i++) {
        in[i] = true;
      }
    }
    return in;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
