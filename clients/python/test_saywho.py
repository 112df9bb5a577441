"""Tests of the client against a live server at $SAYWHO_URL (the server module's ITs start one)."""

import os
import unittest

import saywho

ARTICLE = ("“We will not accept this,” Kremlin spokesperson Dmitry Peskov said on Tuesday.\n"
           "He added that talks with Washington would continue.")


@unittest.skipUnless(os.environ.get("SAYWHO_URL"), "needs a live server at $SAYWHO_URL")
class ClientTest(unittest.TestCase):

    def test_extract_text_names_the_speaker(self):
        result = saywho.extract(ARTICLE, id="a1")
        self.assertEqual(result["id"], "a1")
        speakers = {s["id"]: s["name"] for s in result["speakers"]}
        self.assertIn("Dmitry Peskov", speakers.values())
        self.assertTrue(any(q["type"] == "DIRECT" and speakers.get(q["speaker"]) == "Dmitry Peskov"
                            for q in result["quotes"]))

    def test_extract_without_indirect_speech(self):
        result = saywho.extract(ARTICLE, indirect=False)
        self.assertTrue(result["quotes"])
        self.assertTrue(all(q["type"] != "INDIRECT" for q in result["quotes"]))

    def test_extract_html_reads_the_page(self):
        page = "<html><head><title>Talks - Daily</title></head><body><article><p>" + ARTICLE + "</p></article></body></html>"
        result = saywho.extract(html=page)
        self.assertEqual(result["article"]["headline"], "Talks")

    def test_batch_streams_results_in_order_with_errors_in_place(self):
        lines = list(saywho.extract_batch([{"id": "1", "text": ARTICLE}, {"id": "2"}, "“Yes,” Lee said."]))
        self.assertEqual(len(lines), 3)
        self.assertEqual(lines[0]["id"], "1")
        self.assertIn("error", lines[1])
        self.assertEqual(lines[2]["quotes"][0]["text"], "Yes,")

    def test_errors_carry_the_servers_status_and_message(self):
        with self.assertRaises(saywho.SayWhoError) as caught:
            saywho.extract(url="http://127.0.0.1:1/none")
        self.assertEqual(caught.exception.status, 422)
        self.assertIn("refused", caught.exception.message)
        with self.assertRaises(ValueError):
            saywho.extract("a", url="b")

    def test_health_and_version(self):
        self.assertEqual(saywho.health()["status"], "ok")
        self.assertTrue(saywho.version()["models"])


if __name__ == "__main__":
    unittest.main()
