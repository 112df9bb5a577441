"""A small client for the SayWho server (``./saywho serve``), standard library only.

    >>> import saywho
    >>> result = saywho.extract("“We will win,” Clinton said.")
    >>> [(q["text"], q["speaker"]) for q in result["quotes"]]
    >>> for line in saywho.extract_batch([{"id": "1", "text": "…"}, {"id": "2", "url": "https://…"}]):
    ...     print(line["id"], len(line.get("quotes", [])))

Every function raises ``SayWhoError`` (with the server's status and message) when the server answers
with an error, and ``urllib.error.URLError`` when it cannot be reached.
"""

import json
import os
import urllib.error
import urllib.request

__all__ = ["SayWhoError", "Client", "extract", "extract_batch", "health", "version"]

DEFAULT_URL = os.environ.get("SAYWHO_URL", "http://127.0.0.1:8080")


class SayWhoError(Exception):
    """The server answered with an error status."""

    def __init__(self, status, message):
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


class Client:
    """A SayWho server at ``url`` (default: ``$SAYWHO_URL`` or http://127.0.0.1:8080)."""

    def __init__(self, url=None, timeout=120):
        self.url = (url or DEFAULT_URL).rstrip("/")
        self.timeout = timeout

    def extract(self, text=None, *, url=None, html=None, id=None, indirect=True, speech_only=False,
                min_confidence=0.0):
        """Who said what in one article, given as ``text``, a page's ``html`` or a page's ``url``.

        Returns the result as a dict: the same JSON as ``saywho --jsonl`` writes."""
        given = [x for x in (text, url, html) if x is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of text, url or html")
        body = {"options": {"indirect": indirect, "speechOnly": speech_only, "minConfidence": min_confidence}}
        if id is not None:
            body["id"] = id
        if text is not None:
            body["text"] = text
        elif html is not None:
            body["html"] = html
        else:
            body["url"] = url
        with self._post("/v1/extract", "application/json", json.dumps(body).encode("utf-8")) as response:
            return json.load(response)

    def extract_batch(self, articles):
        """Who said what in many articles: dicts {"id", "text"|"html"|"url"} (or plain strings of text).

        Yields one result dict per article, in order, as the server streams them; an article that
        cannot be processed yields {"id", "line", "error"} in its place."""
        lines = []
        for a in articles:
            lines.append(json.dumps({"text": a} if isinstance(a, str) else a))
        body = ("\n".join(lines) + "\n").encode("utf-8")
        with self._post("/v1/extract/batch", "application/x-ndjson", body) as response:
            for line in response:
                if line.strip():
                    yield json.loads(line)

    def health(self):
        """The server's health: {"status": "ok"}."""
        return self._get("/v1/health")

    def version(self):
        """SayWho's version and its models."""
        return self._get("/v1/version")

    def _get(self, path):
        request = urllib.request.Request(self.url + path, method="GET")
        with self._open(request) as response:
            return json.load(response)

    def _post(self, path, content_type, body):
        request = urllib.request.Request(self.url + path, data=body, method="POST",
                                         headers={"Content-Type": content_type + "; charset=utf-8"})
        return self._open(request)

    def _open(self, request):
        try:
            return urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as e:
            try:
                error = json.load(e)
                raise SayWhoError(error.get("status", e.code), error.get("message", e.reason)) from None
            except (ValueError, AttributeError):
                raise SayWhoError(e.code, str(e.reason)) from None


def extract(text=None, *, url=None, html=None, id=None, server=None, **options):
    """``Client(server).extract(...)``."""
    return Client(server).extract(text, url=url, html=html, id=id, **options)


def extract_batch(articles, *, server=None):
    """``Client(server).extract_batch(...)``."""
    return Client(server).extract_batch(articles)


def health(server=None):
    """``Client(server).health()``."""
    return Client(server).health()


def version(server=None):
    """``Client(server).version()``."""
    return Client(server).version()
