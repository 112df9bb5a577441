/** SayWho's web-page reader: the article and its metadata from a page's HTML or its URL. */
module org.saywho.web {
  requires com.fasterxml.jackson.databind;
  requires java.net.http;
  requires org.jsoup;
  requires static org.jspecify;

  exports org.saywho.web;
}
