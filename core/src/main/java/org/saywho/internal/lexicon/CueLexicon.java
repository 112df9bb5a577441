package org.saywho.internal.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saywho.Cue;

/** The reporting cues of {@code org/saywho/models/cues.tsv}, looked up by the lemma of their first word. */
public final class CueLexicon {

  /** The lexicon's resource path. */
  public static final String RESOURCE = "org/saywho/models/cues.tsv";

  /** The resource path of the nouns that name a speech event rather than what was said. */
  public static final String SPEECH_EVENTS = "org/saywho/models/speech-events.txt";
  /** The resource path of the lemmas of cues that report a mental state. */
  public static final String THOUGHT = "org/saywho/models/thought-cues.txt";
  /**
   * The resource path of the verbs that put a proposition forward and the nouns that name one
   * ("promoted the idea that …").
   */
  public static final String PROPOSITIONS = "org/saywho/models/propositions.tsv";

  /** The resource path of the labels that name a story's kind before a colon ("The Latest: …"). */
  public static final String HEADLINE_LABELS = "org/saywho/models/headline-labels.txt";

  private final Map<String, CueEntry> single;
  private final Map<String, List<CueEntry>> multi;
  private final Set<String> thought;
  private final Set<String> speechEvents;
  private final Set<String> propositionVerbs;
  private final Set<String> propositions;
  private final Set<String> headlineLabels;

  private CueLexicon(Map<String, CueEntry> single, Map<String, List<CueEntry>> multi, Set<String> thought,
      Set<String> speechEvents, Set<String> propositionVerbs, Set<String> propositions, Set<String> headlineLabels) {
    this.single = Map.copyOf(single);
    this.multi = Map.copyOf(multi);
    this.thought = Set.copyOf(thought);
    this.speechEvents = Set.copyOf(speechEvents);
    this.propositionVerbs = Set.copyOf(propositionVerbs);
    this.propositions = Set.copyOf(propositions);
    this.headlineLabels = Set.copyOf(headlineLabels);
  }

  /** Loads the lexicon from the classpath. */
  public static CueLexicon load() {
    return parse(Resources.lines(RESOURCE)).withThought(Resources.lines(THOUGHT))
        .withSpeechEvents(Resources.lines(SPEECH_EVENTS)).withPropositions(Resources.lines(PROPOSITIONS))
        .withHeadlineLabels(Resources.lines(HEADLINE_LABELS));
  }

  /** Returns this lexicon with {@code lemmas} as cues of thought. */
  CueLexicon withThought(List<String> lemmas) {
    return new CueLexicon(single, multi, plus(thought, lemmas), speechEvents, propositionVerbs, propositions, headlineLabels);
  }

  /** Returns this lexicon with {@code nouns} as names of speech events. */
  CueLexicon withSpeechEvents(List<String> nouns) {
    return new CueLexicon(single, multi, thought, plus(speechEvents, nouns), propositionVerbs, propositions, headlineLabels);
  }

  /**
   * Returns this lexicon with the verbs and nouns of proposition lines ({@code verb<TAB>lemma},
   * {@code noun<TAB>word}).
   */
  CueLexicon withPropositions(List<String> lines) {
    List<String> verbs = new ArrayList<>();
    List<String> nouns = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length != 2 || !(f[0].equals("verb") || f[0].equals("noun"))) {
        throw new IllegalStateException("bad proposition line: " + line);
      }
      (f[0].equals("verb") ? verbs : nouns).add(f[1]);
    }
    return new CueLexicon(single, multi, thought, speechEvents, plus(propositionVerbs, verbs), plus(propositions, nouns),
        headlineLabels);
  }

  /** Returns this lexicon with {@code labels} as labels of a story's kind. */
  CueLexicon withHeadlineLabels(List<String> labels) {
    return new CueLexicon(single, multi, thought, speechEvents, propositionVerbs, propositions, plus(headlineLabels, labels));
  }

  private static Set<String> plus(Set<String> words, List<String> more) {
    Set<String> all = new HashSet<>(words);
    more.stream().map(String::trim).filter(l -> !l.isEmpty()).forEach(all::add);
    return all;
  }

  /**
   * Returns whether a noun names a proposition that a that-clause spells out ("the idea that …",
   * "false claims that …").
   *
   * @param lower the noun, lower case
   * @return true when listed
   */
  public boolean isProposition(String lower) {
    return propositions.contains(lower);
  }

  /**
   * Returns whether a verb puts forward a proposition that a noun names ("promoted the idea that …").
   *
   * @param lemma the verb's lemma
   * @return true when listed
   */
  public boolean putsForward(String lemma) {
    return propositionVerbs.contains(lemma);
  }

  /**
   * Returns whether words before a colon name the kind of story rather than a speaker ("The Latest",
   * "EXCLUSIVE", "Fact check").
   *
   * @param words the words, any case, single-spaced
   * @return true when listed
   */
  public boolean isHeadlineLabel(String words) {
    return headlineLabels.contains(words.toLowerCase(Locale.ROOT));
  }

  /**
   * Returns whether a noun names a speech event or its medium ("statement", "address", "interview").
   *
   * @param lower the noun, lower case
   * @return true when listed
   */
  public boolean isSpeechEvent(String lower) {
    return speechEvents.contains(lower);
  }

  /**
   * Returns whether a cue reports a mental state (a belief, intention, perception or feeling) rather
   * than speech or writing: its lemma's first word is a belief cue of the lexicon or a listed thought.
   *
   * @param lemma the cue's lemma ("believe", "according to")
   * @return the kind of report
   */
  public Cue.Kind kind(String lemma) {
    String first = lemma.split(" ", 2)[0];
    boolean belief = single(first).map(e -> e.takes(CueEntry.Frame.BELIEF)).orElse(false);
    return belief || thought.contains(first) ? Cue.Kind.THOUGHT : Cue.Kind.SPEECH;
  }

  /**
   * Parses lexicon lines ({@code lemma<TAB>frames<TAB>weight}); a lemma listed twice gets the union
   * of its frames and the larger weight.
   *
   * @param lines the lines, without comments
   * @return the lexicon
   */
  static CueLexicon parse(List<String> lines) {
    Map<String, CueEntry> single = new HashMap<>();
    Map<String, CueEntry> multiByLemma = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException("bad cue lexicon line: " + line);
      }
      String[] words = f[0].trim().split(" ");
      CueEntry e = new CueEntry(f[0].trim(), Arrays.asList(words).subList(1, words.length), frames(f[1]),
          Double.parseDouble(f[2]));
      Map<String, CueEntry> target = words.length == 1 ? single : multiByLemma;
      target.merge(e.lemma(), e, CueLexicon::union);
    }
    Map<String, List<CueEntry>> multi = new HashMap<>();
    for (CueEntry e : multiByLemma.values()) {
      multi.computeIfAbsent(e.lemma().split(" ")[0], k -> new ArrayList<>()).add(e);
    }
    multi.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
    return new CueLexicon(single, multi, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  private static CueEntry union(CueEntry a, CueEntry b) {
    Set<CueEntry.Frame> frames = EnumSet.noneOf(CueEntry.Frame.class);
    frames.addAll(a.frames());
    frames.addAll(b.frames());
    return new CueEntry(a.lemma(), a.words(), frames, Math.max(a.weight(), b.weight()));
  }

  private static Set<CueEntry.Frame> frames(String letters) {
    Set<CueEntry.Frame> out = EnumSet.noneOf(CueEntry.Frame.class);
    for (char c : letters.trim().toCharArray()) {
      out.add(switch (c) {
        case 'S' -> CueEntry.Frame.CLAUSE;
        case 'Q' -> CueEntry.Frame.QUOTE;
        case 'P' -> CueEntry.Frame.POSTPOSED;
        case 'I' -> CueEntry.Frame.INVERTED;
        case 'D' -> CueEntry.Frame.DATIVE;
        case 'W' -> CueEntry.Frame.WH;
        case 'T' -> CueEntry.Frame.TO;
        case 'N' -> CueEntry.Frame.NOUN_PHRASE;
        case 'B' -> CueEntry.Frame.BELIEF;
        case 'L' -> CueEntry.Frame.LATER;
        default -> throw new IllegalStateException("unknown cue frame '" + c + "' in " + letters);
      });
    }
    return out;
  }

  /**
   * Returns the single-word cue with {@code lemma}.
   *
   * @param lemma a verb lemma
   * @return the entry, if listed
   */
  public Optional<CueEntry> single(String lemma) {
    return Optional.ofNullable(single.get(lemma));
  }

  /**
   * Returns whether a cue of the lexicon, of one word or several, opens with {@code lemma}.
   *
   * @param lemma a word's lemma
   * @return true when {@link #single} or {@link #multi} lists it
   */
  public boolean opensACue(String lemma) {
    return single.containsKey(lemma) || !multi(lemma).isEmpty();
  }

  /**
   * Returns the multi-word cues whose first word has {@code lemma}, longest first.
   *
   * @param lemma the first word's lemma
   * @return the entries, possibly none
   */
  public List<CueEntry> multi(String lemma) {
    return multi.getOrDefault(lemma, List.of());
  }

  /** Returns the number of cues. */
  public int size() {
    return single.size() + multi.values().stream().mapToInt(List::size).sum();
  }
}
