package org.saywho.internal.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.saywho.Span;
import org.saywho.Speaker;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Doc;
import org.saywho.internal.doc.Entity;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Gender;
import org.saywho.internal.lexicon.Words;

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
   * Resolves the speakers of {@code doc}'s attributions and stores its entities.
   *
   * @param doc a document with attributions
   */
  public void resolve(Doc doc) {
    Tokens t = doc.tokens();
    List<NameMention> names = new NameFinder(words, t).find();
    boolean[] inContent = contentTokens(doc);
    EntityTable table = new EntityTable(t);
    Salience salience = new Salience();
    Nominals nominals = new Nominals(words, t, table, names);
    List<Attribution> cued = new ArrayList<>();
    for (Attribution a : doc.attributions()) {
      if (a.hasSpeakerMention()) {
        cued.add(a);
      }
    }
    cued.sort(Comparator.comparingInt(Attribution::speakerFirst));
    int n = 0;
    for (Attribution a : cued) {
      while (n < names.size() && names.get(n).first() <= a.speakerLast()) {
        NameMention m = names.get(n++);
        Entity e = table.link(m);
        nominals.record(m, e);
        salience.add(m.last(), paragraph(doc, m.last()), e, m.subject(), inContent[m.last()]);
      }
      Entity e = speakerOf(doc, a, nominals, salience);
      if (e != null) {
        a.setEntity(e.id());
        e.markSpeaker();
        e.addMention(t.span(a.speakerFirst(), a.speakerLast()), a.speakerLast());
        if (a.roleFirst() >= 0) {
          e.addRole(Nominals.withoutDeterminer(t, a.roleFirst(), a.roleLast()));
        }
        salience.add(a.speakerLast(), paragraph(doc, a.speakerLast()), e, true, false);
      }
    }
    while (n < names.size()) {
      NameMention m = names.get(n++);
      nominals.record(m, table.link(m));
    }
    for (Attribution a : doc.attributions()) {
      if (a.origin() == Attribution.Origin.CONTINUATION) {
        Attribution s = a.speakerSource();
        for (int hops = 0; s != null && s.entity() < 0 && s.speakerSource() != null && hops < 1000; hops++) {
          s = s.speakerSource();
        }
        if (s != null && s.entity() >= 0) {
          a.setEntity(s.entity());
        }
      }
    }
    doc.setEntities(table.entities());
  }

  private Entity speakerOf(Doc doc, Attribution a, Nominals nominals, Salience salience) {
    Tokens t = doc.tokens();
    int head = a.speakerHead();
    NameMention name = nominals.nameAt(head);
    if (name != null) {
      return nominals.entityOf(name);
    }
    if (a.speakerFirst() == a.speakerLast() && t.tag(head).equals("PRP")) {
      return pronoun(t.lower(head), paragraph(doc, head), salience);
    }
    return nominals.resolve(a.speakerFirst(), a.speakerLast(), head);
  }

  private static Entity pronoun(String p, int paragraph, Salience salience) {
    Entity e = switch (p) {
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

  private static boolean[] contentTokens(Doc doc) {
    Tokens t = doc.tokens();
    boolean[] in = new boolean[t.size()];
    for (Attribution a : doc.attributions()) {
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

  private static int paragraph(Doc doc, int token) {
    return doc.sentences().get(doc.tokens().sentence(token)).paragraph();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
