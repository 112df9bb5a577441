package org.saywho.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saywho.Claim;
import org.saywho.Cue;
import org.saywho.Extraction;
import org.saywho.Quote;
import org.saywho.Span;
import org.saywho.Speaker;
import org.jspecify.annotations.Nullable;
import org.saywho.cli.input.Input;

/**
 * Writes an extraction as the JSON object of SayWho's command line: id, byline, speakers (with ids
 * "s1", "s2"…), quotes pointing at speakers by id, and claims pointing at speakers and quotes.
 */
public final class JsonFormat {

  private final ObjectMapper mapper;

  /**
   * Creates a writer.
   *
   * @param mapper the Jackson mapper whose nodes it builds
   */
  public JsonFormat(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Writes {@code node} to {@code out} as it goes, without building its whole text first, so that an
   * article of megabytes stays within a small heap; {@code out} stays open.
   *
   * @param node the JSON to write
   * @param out where to write it
   * @param pretty whether to indent it as {@code toPrettyString} does, else as {@code toString}
   */
  public void write(JsonNode node, Writer out, boolean pretty) {
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      mapper.writeTree(g, node);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  /**
   * The result of an input: named by its label, carrying the text and the page's metadata when it was
   * taken out of a web page.
   *
   * @param in the input
   * @param x what was found in it
   * @return the JSON object
   */
  public ObjectNode toJson(Input in, Extraction x) {
    ObjectNode out = toJson(in.label(), x);
    in.page().ifPresent(page -> {
      out.put("text", in.text());
      ObjectNode a = out.putObject("article");
      a.put("headline", page.headline().orElse(null));
      ArrayNode authors = a.putArray("authors");
      page.authors().forEach(authors::add);
      a.put("outlet", page.outlet().orElse(null));
      a.put("published", page.published().orElse(null));
      a.put("url", page.url().orElse(null));
      a.put("language", page.language().orElse(null));
    });
    return out;
  }

  /**
   * The result of an article.
   *
   * @param id what the output calls it
   * @param x what was found in it
   * @return the JSON object
   */
  public ObjectNode toJson(String id, Extraction x) {
    String text = x.text();
    ObjectNode out = mapper.createObjectNode();
    out.put("id", id);
    if (x.byline().isPresent()) {
      ObjectNode b = out.putObject("byline");
      putOrNull(b, "author", x.byline().get().author().orElse(""));
      putOrNull(b, "outlet", x.byline().get().outlet().orElse(""));
    } else {
      out.putNull("byline");
    }
    Map<Speaker, String> ids = new IdentityHashMap<>();
    ArrayNode speakers = out.putArray("speakers");
    for (Speaker s : x.speakers()) {
      String sid = "s" + (ids.size() + 1);
      ids.put(s, sid);
      ObjectNode o = speakers.addObject();
      o.put("id", sid);
      o.put("name", s.name());
      o.put("type", s.type().name());
      who(o, s, text);
    }
    ArrayNode people = out.putArray("people");
    for (Speaker p : x.people()) {
      ObjectNode o = people.addObject();
      o.put("name", p.name());
      putOrNull(o, "speaker", ids.getOrDefault(p, ""));
      who(o, p, text);
    }
    ArrayNode quotes = out.putArray("quotes");
    for (Quote q : x.quotes()) {
      ObjectNode o = quotes.addObject();
      o.put("text", q.text());
      o.put("start", q.span().start());
      o.put("end", q.span().end());
      o.put("type", q.type().name());
      Optional<String> sid = q.speaker().map(ids::get);
      putOrNull(o, "speaker", sid.orElse(""));
      if (q.speakerMention().isPresent()) {
        o.set("speakerMention", span(q.speakerMention().get(), text));
      } else {
        o.putNull("speakerMention");
      }
      if (q.cue().isPresent()) {
        Cue c = q.cue().get();
        ObjectNode co = span(c.span(), text);
        co.put("lemma", c.lemma());
        co.put("kind", c.kind().name());
        o.set("cue", co);
      } else {
        o.putNull("cue");
      }
      o.put("confidence", q.confidence());
    }
    ArrayNode claims = out.putArray("claims");
    List<Quote> quoteList = x.quotes().list();
    for (Claim c : x.claims()) {
      ObjectNode o = claims.addObject();
      o.put("text", c.text());
      o.put("start", c.span().start());
      o.put("end", c.span().end());
      putOrNull(o, "claimant", c.claimant().map(ids::get).orElse(""));
      int index = c.quote().map(quoteList::indexOf).orElse(-1);
      if (index >= 0) {
        o.put("quote", index);
      } else {
        o.putNull("quote");
      }
      o.put("type", c.type().name());
      o.put("checkWorthiness", c.checkWorthiness());
      o.put("checkWorthy", c.checkWorthy());
      o.put("hedged", c.hedged());
      c.topics().forEach(o.putArray("topics")::add);
      o.put("topicRelevance", c.topicRelevance());
    }
    x.failure().ifPresent(f -> out.put("error", f));
    return out;
  }

  /**
   * The line written in place of an input that cannot be processed.
   *
   * @param id its id, when known
   * @param line its line in a JSON Lines input, 0 for a whole file
   * @param message why it cannot be processed
   * @return {"id","line","error"}
   */
  public ObjectNode error(@Nullable Object id, long line, String message) {
    ObjectNode out = mapper.createObjectNode();
    if (id instanceof String s) {
      out.put("id", s);
    } else {
      out.putNull("id");
    }
    out.put("line", line);
    out.put("error", message);
    return out;
  }

  private ObjectNode span(Span s, String text) {
    ObjectNode o = mapper.createObjectNode();
    o.put("start", s.start());
    o.put("end", s.end());
    o.put("text", s.in(text));
    return o;
  }

  /** A speaker's or person's gender, roles and mentions. */
  private ObjectNode who(ObjectNode o, Speaker s, String text) {
    o.put("gender", s.gender().name());
    o.put("genderEvidence", s.genderEvidence().name());
    ArrayNode roles = o.putArray("roles");
    s.roles().forEach(roles::add);
    ArrayNode mentions = o.putArray("mentions");
    s.mentions().forEach(m -> mentions.add(span(m, text)));
    return o;
  }

  private static void putOrNull(ObjectNode o, String field, String value) {
    if (value.isEmpty()) {
      o.putNull(field);
    } else {
      o.put(field, value);
    }
  }
}
