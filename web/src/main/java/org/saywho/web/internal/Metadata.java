package org.saywho.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page declares about its article, read from its own markup before any guess from the text:
 * JSON-LD ({@code NewsArticle} and kin), Open Graph, {@code meta} tags, {@code rel=author}.
 *
 * @param headline the declared headline
 * @param authors the declared authors, cleaned to names
 * @param outlet the site name
 * @param published the publication date as declared
 * @param url the canonical URL
 * @param language the page's language
 * @param articleBody JSON-LD's {@code articleBody}, when the page gives its text there
 */
public record Metadata(Optional<String> headline, List<String> authors, Optional<String> outlet,
    Optional<String> published, Optional<String> url, Optional<String> language, Optional<String> articleBody) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
      "liveblogposting", "scholarlyarticle", "techarticle", "report", "socialmediaposting", "claimreview");

  /** Copies the authors. */
  public Metadata {
    authors = List.copyOf(authors);
  }

  /**
   * Reads the metadata of a page.
   *
   * @param doc the parsed page, before cleaning
   * @return what it declares
   */
  public static Metadata of(Document doc) {
    LinkedData ld = LinkedData.of(doc);
    Optional<String> headline = ld.headline.or(() -> meta(doc, "og:title")).or(() -> meta(doc, "twitter:title"))
        .map(Metadata::clean);
    List<String> rawAuthors = new ArrayList<>(ld.authors);
    if (rawAuthors.isEmpty()) {
      for (String name : List.of("author", "byl", "sailthru.author", "parsely-author", "dc.creator", "article:author")) {
        meta(doc, name).ifPresent(rawAuthors::add);
      }
    }
    if (rawAuthors.isEmpty()) {
      for (Element a : doc.select("a[rel=author], [itemprop=author] [itemprop=name], [rel=author]")) {
        rawAuthors.add(a.text());
      }
    }
    List<String> authors = Authors.clean(rawAuthors);
    if (authors.isEmpty()) {
      authors = fromAuthorLinks(doc);
    }
    Optional<String> outlet = meta(doc, "og:site_name").or(() -> ld.publisher).or(() -> meta(doc, "application-name"));
    Optional<String> url = nonBlank(doc.select("link[rel=canonical]").attr("href")).or(() -> meta(doc, "og:url"))
        .or(() -> ld.url);
    Optional<String> language = nonBlank(doc.select("html").attr("lang")).or(() -> ld.language)
        .or(() -> meta(doc, "og:locale").map(l -> l.replace('_', '-')));
    Optional<String> published = ld.published.or(() -> meta(doc, "article:published_time"))
        .or(() -> meta(doc, "datePublished")).or(() -> meta(doc, "pubdate"))
        .or(() -> nonBlank(doc.select("time[datetime]").attr("datetime")));
    return new Metadata(headline, authors, outlet.map(Metadata::clean).map(Metadata::siteName), published, url, language,
        ld.body);
  }

  /**
   * The authors the page shows rather than declares: the name in an {@code article:author} URL, else
   * a byline element's text ("By Jo Smith | Updated …"), else links to author pages
   * ({@code /author/jane-roe}), their text when it reads as a name, else the name in the URL. More than
   * three distinct linked names are a list of other stories' authors, not this article's, and give none.
   */
  private static List<String> fromAuthorLinks(Document doc) {
    Optional<String> declared = meta(doc, "article:author").flatMap(Authors::fromUrl);
    if (declared.isPresent()) {
      return List.of(declared.get());
    }
    for (Element line : doc.select("[itemprop=author], .byline__name, .author-name, .byline, .author, .by-author")) {
      Optional<String> name = Authors.name(line.text());
      if (name.isPresent()) {
        return List.of(name.get());
      }
    }
    List<String> names = new ArrayList<>();
    for (Element a : doc.select("a[href*=/author/], a[href*=/authors/]")) {
      Authors.name(a.text()).filter(n -> n.contains(" ")).or(() -> Authors.fromUrl(a.attr("href")))
          .filter(n -> !names.contains(n)).ifPresent(names::add);
    }
    return names.size() <= 3 ? names : List.of();
  }

  /** What the page's JSON-LD says of its article: the first value found for each field. */
  private static final class LinkedData {
    Optional<String> headline = Optional.empty();
    List<String> authors = new ArrayList<>();
    Optional<String> published = Optional.empty();
    Optional<String> body = Optional.empty();
    Optional<String> url = Optional.empty();
    Optional<String> language = Optional.empty();
    Optional<String> publisher = Optional.empty();

    static LinkedData of(Document doc) {
      List<JsonNode> articles = new ArrayList<>();
      for (Element script : doc.select("script[type=application/ld+json]")) {
        try {
          collect(JSON.readTree(script.data()), articles);
        } catch (Exception e) {
          // A page's malformed JSON-LD is not the reader's problem: the other sources remain.
        }
      }
      LinkedData ld = new LinkedData();
      for (JsonNode a : articles) {
        ld.headline = ld.headline.or(() -> text(a.get("headline")));
        if (ld.authors.isEmpty()) {
          names(a.get("author"), ld.authors);
        }
        ld.published = ld.published.or(() -> text(a.get("datePublished")));
        ld.body = ld.body.or(() -> text(a.get("articleBody")));
        ld.url = ld.url.or(() -> text(a.get("url")));
        ld.language = ld.language.or(() -> text(a.get("inLanguage")));
        JsonNode publisher = a.get("publisher");
        if (publisher != null) {
          ld.publisher = ld.publisher.or(() -> text(publisher.isObject() ? publisher.get("name") : publisher));
        }
      }
      return ld;
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode type = node.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText().toLowerCase(Locale.ROOT)));
    } else if (type != null) {
      types.add(type.asText().toLowerCase(Locale.ROOT));
    }
    if (types.stream().anyMatch(ARTICLE_TYPES::contains)) {
      out.add(node);
    }
    collect(node.get("@graph"), out);
    collect(node.get("mainEntity"), out);
  }

  private static void names(JsonNode author, List<String> out) {
    if (author == null) {
      return;
    }
    if (author.isArray()) {
      author.forEach(a -> names(a, out));
    } else if (author.isObject()) {
      text(author.get("name")).ifPresent(out::add);
    } else if (author.isTextual()) {
      out.add(author.asText());
    }
  }

  private static Optional<String> text(JsonNode n) {
    if (n == null) {
      return Optional.empty();
    }
    if (n.isArray()) {
      return n.isEmpty() ? Optional.empty() : text(n.get(0));
    }
    return n.isValueNode() ? nonBlank(n.asText()) : Optional.empty();
  }

  static Optional<String> meta(Document doc, String name) {
    for (Element m : doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]")) {
      Optional<String> content = nonBlank(m.attr("content"));
      if (content.isPresent()) {
        return content;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(clean(s));
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Collapses white space, unescapes what JSON-LD left as entities. */
  static String clean(String s) {
    return SPACES.matcher(org.jsoup.parser.Parser.unescapeEntities(s, false)).replaceAll(" ").strip();
  }

  /** A site name without its tagline: "LinkNaija | Nigeria's popular news platform" is LinkNaija. */
  static String siteName(String outlet) {
    String[] parts = outlet.split("\\s+[|–—-]\\s+", 2);
    return parts[0].isBlank() ? outlet : parts[0].strip();
  }

  /** The distinct values, in order. */
  static List<String> distinct(List<String> values) {
    return new ArrayList<>(new LinkedHashSet<>(values));
  }
}
