package org.saywho.internal.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.saywho.Span;
import org.saywho.Speaker;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.Entity;
import org.saywho.internal.doc.Resolution;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Gender;
import org.saywho.internal.lexicon.Words;

/**
 * Delayed identification: a headline or lede describes a source and the article names it further on.
 * A person ("A former DNC chairman says …", then "“…,” said Don Fowler") is the first named person
 * quoted after the description, within {@value #NAMED_WITHIN} paragraphs, when the article had not
 * mentioned them before and their gender fits the description's noun. A document ("New Poll Shows
 * …") is the first source quoted after it whose longer name holds the same noun ("the Reuters/Ipsos
 * poll"), and so is a body's common noun alone in a headline the first body quoted after it whose
 * longer name ends in that noun ("Court criticises …", then "The Supreme Court"). An office no earlier
 * name holds ("The New York state attorney general said …") is the first person quoted after it within
 * as many paragraphs whose title holds the office's noun ("Attorney General Eric Schneiderman"). A
 * headline's one-word name is the first source quoted after it whose surname or initials it is ("Musk
 * says …", then "Elon Musk said"; "UN warns …", then "The United Nations warned"), or the initials of
 * their title ("PM says …", then "Prime Minister Anthony Albanese announced"). The description's
 * entity joins the one named. Confined to one run of
 * the resolver.
 */
final class DelayedIdentification {

  /** Paragraphs up to this index are the headline and the lede. */
  private static final int LEDE = 1;
  /** The most tokens a heading or time stamp has ("2:45 p.m.", "Legend in the Coal Fields."). */
  private static final int HEADING_TOKENS = 8;
  /** How many paragraphs after a description its source may be named. */
  private static final int NAMED_WITHIN = 3;

  private final Article doc;
  private final Nominals nominals;
  private final Words words;
  private final List<Introduced> introduced = new ArrayList<>();
  private final Set<EntityDraft> absorbed = new HashSet<>();

  DelayedIdentification(Article doc, Nominals nominals, Words words) {
    this.doc = doc;
    this.nominals = nominals;
    this.words = words;
  }

  /**
   * A description in the headline or lede that introduces a source the article names further on.
   *
   * @param entity the entity the description made
   * @param token the description's first token
   * @param person whether it describes a person, else a document or finding
   * @param head its head noun, lower case
   * @param gender the gender its noun carries
   * @param office whether it names an office ("the attorney general")
   * @param lede whether it opens the article or one of its items
   * @param bodyWords the words of a body's name it holds ("House" in "A House panel"), or none
   * @param headlineNoun whether it is a body's common noun alone in the headline ("Court criticises …")
   */
  private record Introduced(EntityDraft entity, int token, int headToken, boolean person, String head, Gender gender,
      boolean office, boolean lede, List<String> bodyWords, boolean headlineNoun, boolean shortName, boolean ledeBody) {

    Introduced(EntityDraft entity, int token, int headToken, boolean person, String head, Gender gender, boolean office,
        boolean lede) {
      this(entity, token, headToken, person, head, gender, office, lede, List.of(), false, false, false);
    }

    Introduced(EntityDraft entity, int token, int headToken, boolean person, String head, Gender gender, boolean office,
        boolean lede, List<String> bodyWords, boolean headlineNoun, boolean shortName) {
      this(entity, token, headToken, person, head, gender, office, lede, bodyWords, headlineNoun, shortName, false);
    }
  }

  /**
   * Whether a paragraph opens the article or one of its items: the headline and lede, or a paragraph
   * after a heading or time stamp, as each item of a live report opens ("2:45 p.m.", then
   * "Connecticut's tax commissioner says …").
   */
  private boolean opensAnItem(int paragraph) {
    if (paragraph <= LEDE) {
      return true;
    }
    Span before = doc.paragraphs().get(paragraph - 1);
    Tokens t = doc.tokens();
    int count = 0;
    for (int i = t.firstAtOrAfter(before.start()); i < t.size() && t.start(i) < before.end(); i++) {
      if (t.verb(i) || ++count > HEADING_TOKENS) {
        return false;
      }
    }
    return count > 0;
  }

  /** Notes a speaker mention and the entity it resolved to, when it is such a description. */
  void note(SpeakerMention sp, EntityDraft e) {
    Tokens t = doc.tokens();
    boolean description = !e.named() || e.type() == Speaker.Type.UNKNOWN; // "Retired General Reveals …"
    String head = t.lower(sp.head());
    boolean lede = description && opensAnItem(doc.paragraphOf(sp.head()));
    List<String> bodyWords = lede && e.type() == Speaker.Type.ORGANIZATION
        ? nominals.introducesBodyNamedLater(sp.first(), sp.head()) : List.of();
    if (lede && nominals.introducesSomeoneNamedLater(sp.first(), sp.last(), sp.head())) {
      introduced.add(new Introduced(e, sp.first(), sp.head(), true, head, words.genderOfWord(head), false, true));
    } else if (lede && nominals.introducesSomethingNamedLater(sp.first(), sp.last(), sp.head())) {
      introduced.add(new Introduced(e, sp.first(), sp.head(), false, head, Gender.UNKNOWN, false, true));
    } else if (headlineShortName(sp, e)) {
      // "Musk says …", then "Elon Musk said"; "UN warns …", then "The United Nations warned"
      introduced.add(new Introduced(e, sp.first(), sp.head(), false, t.word(sp.head()), Gender.UNKNOWN, false, true,
          List.of(), false, true));
    } else if (headlineBodyNoun(sp, e, head)) {
      // "Court criticises governments", then "The Supreme Court on Monday criticised …"; "Nurses' union says …",
      // then "Alberta's largest nurses' union says …"
      introduced.add(new Introduced(e, sp.first(), sp.head(), false, head, Gender.UNKNOWN, false, true,
          modifiers(sp), true, false));
    } else if (!bodyWords.isEmpty()) {
      // "A House panel votes …", then "The House Oversight and Government Reform Committee"
      introduced.add(new Introduced(e, sp.first(), sp.head(), false, head, Gender.UNKNOWN, false, true, bodyWords, false, false));
    } else if (!e.named() && e.type() == Speaker.Type.PERSON && nominals.definiteOffice(sp.first(), sp.head())) {
      // "The New York state attorney general", then "Attorney General Eric Schneiderman"
      introduced.add(new Introduced(e, sp.first(), sp.head(), true, head, words.genderOfWord(head), true, lede));
    } else if (lede && ledeBody(sp, e, head)) {
      // "…, the state power company said on Tuesday.", then "ZESCO Ltd said …"
      introduced.add(new Introduced(e, sp.first(), sp.head(), false, head, Gender.UNKNOWN, false, true, List.of(),
          false, false, true));
    }
  }

  /**
   * Whether the mention is a lede's definite description of a body that no name before it stands for
   * ("the state power company", "their union"): the body the article names and quotes next, in the
   * paragraph after it ({@link #quotedNext}), or whose name opens that paragraph
   * ({@link #subjectOfTheNextParagraph}).
   */
  private boolean ledeBody(SpeakerMention sp, EntityDraft e, String head) {
    Tokens t = doc.tokens();
    String determiner = t.lower(sp.first());
    boolean definite = determiner.equals("the") || t.tag(sp.first()).equals("PRP$");
    return definite && sp.head() == sp.last() && !e.named() && e.type() == Speaker.Type.ORGANIZATION && words.isBodyNoun(head);
  }

  /**
   * Whether a named body is the one a lede's description stands for: it is the first source quoted
   * after the description, in the next paragraph, and the article first names it there ("Air Canada
   * pilots have voted to strike, their union said.", then "The Air Line Pilots Association … said").
   */
  private boolean quotedNext(Introduced in, EntityDraft e, SpeakerMention sp) {
    return e != in.entity() && e.named() && e.type() == Speaker.Type.ORGANIZATION
        && e.firstMentionStart() > doc.tokens().start(in.token())
        && doc.paragraphOf(sp.first()) == doc.paragraphOf(in.token()) + 1;
  }

  /**
   * Whether the mention is a body's common noun in the headline, capitalised in headline style, alone
   * or after nouns that modify it ("Court criticises governments", "Police say …", "Nurses' union says
   * …"): the body the article names or describes in full further on. One with modifiers opens the
   * headline and is no name's ("the Premier League club" after "Chelsea have signed …" is Chelsea).
   */
  private boolean headlineBodyNoun(SpeakerMention sp, EntityDraft e, String head) {
    Tokens t = doc.tokens();
    int first = t.lower(sp.first()).equals("the") ? sp.first() + 1 : sp.first();
    for (int i = first; i < sp.last(); i++) {
      if (!t.tag(i).startsWith("NN") && !t.tag(i).equals("POS")) {
        return false;
      }
    }
    boolean modified = first < sp.last(); // "Nurses' union" opens its headline and names no body yet
    return sp.head() == sp.last() && doc.paragraphOf(sp.head()) == 0 && e.type() == Speaker.Type.ORGANIZATION
        && words.isBodyNoun(head) && Character.isUpperCase(t.word(first).charAt(0))
        && (!modified || first == sp.first() && t.opensSentence(first) && !e.named());
  }

  /** The lower-case words before a headline body's noun, without possessive marks ("nurses" in "Nurses' union"). */
  private List<String> modifiers(SpeakerMention sp) {
    Tokens t = doc.tokens();
    List<String> out = new ArrayList<>();
    for (int i = sp.first(); i < sp.head(); i++) {
      if (!t.tag(i).equals("POS") && !t.lower(i).equals("the")) {
        out.add(bare(t.lower(i)));
      }
    }
    return out;
  }

  /** A word without its possessive mark ("nurses'" → "nurses", "union's" → "union"). */
  private static String bare(String w) {
    return w.replaceAll("(['’]s?|['’])$", "");
  }

  /**
   * Whether the mention is one capitalised word in the headline, the whole name of its entity, a person
   * or an acronym ("Musk says …", "UN warns …"): a surname or initials that the article may spell out
   * further on ("Court criticises …" is a body's noun, {@link #headlineBodyNoun}).
   */
  private boolean headlineShortName(SpeakerMention sp, EntityDraft e) {
    Tokens t = doc.tokens();
    int first = t.lower(sp.first()).equals("the") ? sp.first() + 1 : sp.first();
    String w = t.word(sp.head());
    return first == sp.last() && sp.head() == sp.last() && doc.paragraphOf(sp.head()) == 0 && e.nameTokens() == 1
        && (EntityTable.acronym(w) || e.type() == Speaker.Type.PERSON || e.type() == Speaker.Type.UNKNOWN)
        && Character.isUpperCase(w.charAt(0)) && e.name().equals(w);
  }

  /**
   * Whether a source named after a headline's short name is the one it stands for: a person whose
   * surname it is ("Elon Musk" for "Musk") or whose title's initials it is ("Prime Minister Anthony
   * Albanese" for "PM says …"), or an organisation whose initials it is ("United Nations" for "UN"),
   * first named after the headline.
   */
  private boolean spelledOut(Introduced in, EntityDraft e) {
    boolean after = e.firstMentionStart() > doc.tokens().start(in.token());
    List<String> name = List.of(e.name().split("\\s+"));
    boolean surname = e.type() == Speaker.Type.PERSON && name.size() >= 2 && name.get(name.size() - 1).equals(in.head());
    String initials = in.head().replace(".", "");
    boolean acronym = e.type() == Speaker.Type.ORGANIZATION && name.size() >= 2 && in.head().length() >= 2
        && EntityTable.initials(e.name()).equals(initials);
    boolean title = e.type() == Speaker.Type.PERSON && in.head().length() >= 2
        && e.roles().stream().anyMatch(r -> r.contains(" ") && EntityTable.initials(r).equals(initials));
    return after && e != in.entity() && e.named() && (surname || acronym || title);
  }

  /**
   * Joins each noted description to the source the article names, pointing its attributions there.
   *
   * @param attributions the article's attributions
   * @param cued the attributions with a speaker mention, in the order of their mentions
   * @param speakerOf each attribution's speaker entity so far, updated
   * @param table the article's entities
   */
  void identify(List<Attribution> attributions, List<Integer> cued, List<OptionalInt> speakerOf, EntityTable table) {
    Map<Introduced, EntityDraft> identified = new LinkedHashMap<>();
    for (Introduced in : introduced) {
      Optional<EntityDraft> named = namedLater(attributions, cued, speakerOf, table, in);
      if (named.isEmpty() && in.ledeBody()) {
        named = subjectOfTheNextParagraph(in, table);
      }
      named.ifPresent(e -> identified.put(in, e));
    }
    identified.forEach((in, named) -> {
      if (in.entity() != named && !absorbed.contains(in.entity())) {
        named.absorb(in.entity());
        named.learnGender(Speaker.GenderEvidence.GENDERED_NOUN, in.gender());
        OptionalInt from = OptionalInt.of(in.entity().id());
        speakerOf.replaceAll(id -> id.equals(from) ? OptionalInt.of(named.id()) : id);
        absorbed.add(in.entity());
      }
    });
  }

  private Optional<EntityDraft> namedLater(List<Attribution> attributions, List<Integer> cued,
      List<OptionalInt> speakerOf, EntityTable table, Introduced in) {
    boolean firstNamed = true;
    for (int a : cued) {
      SpeakerMention sp = attributions.get(a).speaker().orElseThrow();
      OptionalInt id = speakerOf.get(a);
      if (sp.first() <= in.token() || id.isEmpty()) {
        continue;
      }
      if (doc.paragraphOf(sp.first()) > doc.paragraphOf(in.token()) + NAMED_WITHIN) {
        return Optional.empty();
      }
      EntityDraft e = table.entities().get(id.getAsInt());
      if (in.person() && e.named() && e.type() == Speaker.Type.PERSON) {
        boolean introducedThere = e.firstMentionStart() > doc.tokens().start(in.token());
        if (in.office() && !nominals.holdsOffice(e, in.head(), in.token(), in.headToken())) {
          if (firstNamed && introducedThere && in.gender().compatible(e.gender()) && unnamedHolder(in, e, table)) {
            return Optional.of(e);
          }
          firstNamed = false;
          continue; // an office waits for the person who holds it, not "shadow chancellor Rachel Reeves"
        }
        return introducedThere && in.gender().compatible(e.gender()) ? Optional.of(e) : Optional.empty();
      }
      if (in.ledeBody()) {
        return quotedNext(in, e, sp) ? Optional.of(e) : Optional.empty();
      }
      if (in.shortName()) {
        if (spelledOut(in, e)) {
          return Optional.of(e);
        }
        continue;
      }
      if (in.headlineNoun()) {
        if (e != in.entity() && e.type() == Speaker.Type.ORGANIZATION && Nominals.endsInWord(e.name(), in.head())
            && Arrays.stream(e.name().toLowerCase(Locale.ROOT).split("\\s+")).map(DelayedIdentification::bare).toList()
                .containsAll(in.bodyWords())) {
          return Optional.of(e); // "Court …", then "The Supreme Court"; "Nurses' union …", then "Alberta's largest nurses' union"
        }
        continue;
      }
      if (!in.bodyWords().isEmpty()) {
        if (e != in.entity() && e.named() && e.type() == Speaker.Type.ORGANIZATION && e.nameTokens() > in.bodyWords().size()
            && List.of(e.name().split("\\s+")).containsAll(in.bodyWords())) {
          return Optional.of(e);
        }
        continue;
      }
      boolean fuller = e.nameTokens() > in.entity().nameTokens() && Nominals.holdsWord(e.name(), in.head());
      boolean producer = Nominals.describedAs(e, in.head()); // "Poll …", then "a Bloomberg poll"
      if (!in.person() && e != in.entity() && e.type() != Speaker.Type.PERSON && (fuller || producer)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The body a lede's description stands for when the next paragraph opens with its name, which ends
   * in the description's noun, though it quotes it for nothing: "…, their union said.", then "The
   * Kenya Doctors Union signed …". The article first names it there.
   */
  private Optional<EntityDraft> subjectOfTheNextParagraph(Introduced in, EntityTable table) {
    Tokens t = doc.tokens();
    int next = doc.paragraphOf(in.token()) + 1;
    return table.entities().stream().filter(e -> {
      if (e == in.entity() || !e.named() || e.type() != Speaker.Type.ORGANIZATION
          || !Nominals.endsInWord(e.name(), in.head())) {
        return false;
      }
      int first = t.firstAtOrAfter(e.firstMentionStart());
      int opener = first > 0 && t.lower(first - 1).equals("the") ? first - 1 : first;
      return first < t.size() && doc.paragraphOf(first) == next && t.opensSentence(opener)
          && (opener == 0 || doc.paragraphOf(opener - 1) != next);
    }).findFirst();
  }

  /**
   * Whether a lede's office is held by the person named and quoted first after it, in the next paragraph,
   * who has no role of their own, when the article named no person before the office and no one holds it
   * ("…, the union's general secretary has said.", then "Nicola Ranger told the BBC …").
   */
  private boolean unnamedHolder(Introduced in, EntityDraft e, EntityTable table) {
    int start = doc.tokens().start(in.token());
    return in.lede() && e.roles().isEmpty()
        && doc.paragraphOf(doc.tokens().firstAtOrAfter(e.firstMentionStart())) == doc.paragraphOf(in.token()) + 1
        && table.entities().stream().noneMatch(o -> o != in.entity() && o.type() == Speaker.Type.PERSON
            && (o.named() && o.firstMentionStart() < start
                || nominals.holdsOffice(o, in.head(), in.token(), in.headToken())));
  }

  /**
   * The resolution over the entities left once the joined descriptions are gone, renumbered in order.
   *
   * @param all the article's entities
   * @param speakerOf each attribution's speaker entity
   * @return the resolution
   */
  Resolution resolution(List<EntityDraft> all, List<OptionalInt> speakerOf) {
    int[] index = new int[all.size()];
    List<Entity> kept = new ArrayList<>();
    for (EntityDraft e : all) {
      index[e.id()] = absorbed.contains(e) ? -1 : kept.size();
      if (!absorbed.contains(e)) {
        kept.add(e.toEntity(kept.size()));
      }
    }
    List<OptionalInt> renumbered = speakerOf.stream()
        .map(id -> id.isPresent() ? OptionalInt.of(index[id.getAsInt()]) : id).toList();
    return new Resolution(kept, renumbered);
  }
}
