"""Tests of eval/goldlib.py: python3 -m unittest discover eval (standard library only, no corpus)."""
import contextlib, io, os, tempfile, unittest
from pathlib import Path
from unittest import mock

import goldlib


class SentencesTest(unittest.TestCase):
    def test_offsets_after_end_marks_and_line_breaks(self):
        text = "قال الوزير إن الخطة جاهزة. وأضاف: هل نبدأ؟  نعم!\n\n  سطر جديد"
        spans = list(goldlib.sentences(text))
        self.assertEqual([text[s:e] for s, e in spans],
                         ["قال الوزير إن الخطة جاهزة.", "وأضاف: هل نبدأ؟", "نعم!", "سطر جديد"])
        self.assertEqual(spans[0], (0, 26))
        self.assertEqual(spans[3][0], text.index("سطر"))

    def test_no_split_inside_numbers_or_without_space(self):
        text = "ارتفع 3.5 في المئة.التالي"
        self.assertEqual(list(goldlib.sentences(text)), [(0, len(text))])

    def test_empty_and_blank_text_has_no_sentence(self):
        self.assertEqual(list(goldlib.sentences("")), [])
        self.assertEqual(list(goldlib.sentences(" \n\n ")), [])

    def test_fits_counts_words_and_refuses_tabs(self):
        self.assertTrue(goldlib.fits("واحد اثنان ثلاثة", 3, 3))
        self.assertFalse(goldlib.fits("واحد اثنان", 3, 5))
        self.assertFalse(goldlib.fits("واحد\tاثنان ثلاثة", 2, 5))


class UrlTest(unittest.TestCase):
    def test_host_drops_www_port_and_case(self):
        self.assertEqual(goldlib.host("https://www.Aljazeera.NET:8080/news?x=1"), "aljazeera.net")
        self.assertEqual(goldlib.host("http://arabic.rt.com/news/1/"), "arabic.rt.com")

    def test_host_without_scheme_is_unknown(self):
        self.assertEqual(goldlib.host("aljazeera.net/news"), "-")
        self.assertEqual(goldlib.host(None), "-")

    def test_url_date_forms(self):
        self.assertEqual(goldlib.url_date("http://x.com/2017/12/05/story"), "2017-12-05")
        self.assertEqual(goldlib.url_date("http://x.com/news-2016-03-09-1"), "2016-03-09")
        self.assertEqual(goldlib.url_date("http://x.com/20151107abc"), "2015-11-07")
        self.assertEqual(goldlib.url_date("http://x.com/2017/3/7/story"), "2017-03-07")

    def test_url_date_none(self):
        self.assertEqual(goldlib.url_date("http://x.com/news/12345"), "")
        self.assertEqual(goldlib.url_date("http://x.com/20171200"), "")
        self.assertEqual(goldlib.url_date(None), "")


class ExcludedArticlesTest(unittest.TestCase):
    def test_s_and_a_rows_of_every_gold_in_exclude(self):
        with tempfile.TemporaryDirectory() as d:
            one, two = Path(d) / "one.tsv", Path(d) / "two.tsv"
            one.write_text("# header\tS\n"
                           "S\tc001\tR-1.json\t3\t0\t10\tabcdef12\t\n"
                           "Q\tc001\t1\t2\t-1\t-1\tx\t3\t4\t0\tpublisher:a\n", "utf-8")
            two.write_text("A\tk1\tstory\tR-2.json\t7\tabcdef12\tORIGIN\n"
                           "E\te1\tVISIT\t-\n", "utf-8")
            with mock.patch.dict(os.environ, {"EXCLUDE": f"{one}:{two}"}):
                self.assertEqual(goldlib.excluded_articles(), {("R-1.json", 3), ("R-2.json", 7)})

    def test_nothing_without_exclude(self):
        with mock.patch.dict(os.environ, {"EXCLUDE": ""}):
            self.assertEqual(goldlib.excluded_articles(), set())


class LocateTest(unittest.TestCase):
    TEXT = "قال الوزير ثم قال السفير"

    def test_occurrence_and_offsets(self):
        self.assertEqual(goldlib.locate(self.TEXT, "قال", "", "f:1"), 0)
        self.assertEqual(goldlib.locate(self.TEXT, "قال", "2", "f:1"), 14)
        self.assertEqual(goldlib.locate(self.TEXT, "قال", "14:17", "f:1"), 14)

    def test_errors_name_the_line(self):
        for occurrence, needle, message in [("3", "قال", "(occurrence 3) not in the sentence"),
                                            ("0:3", "ثم", "offsets 0:3 hold «قال», not «ثم»"),
                                            ("x", "قال", "neither a number"),
                                            ("0", "قال", "neither a number")]:
            with self.assertRaises(SystemExit) as e:
                goldlib.locate(self.TEXT, needle, occurrence, "ann.tsv:7 c001")
            self.assertIn("ann.tsv:7 c001: ", str(e.exception.code))
            self.assertIn(message, str(e.exception.code))

    def test_nearest(self):
        self.assertEqual(goldlib.nearest("أ ب أ ب أ", "أ", 5), 4)
        self.assertEqual(goldlib.nearest("أ ب أ", "أ", 2), 0)  # a tie keeps the first
        self.assertIsNone(goldlib.nearest("أ ب", "ج", 0))


class BuildGoldTest(unittest.TestCase):
    def test_s_and_t_rows(self):
        text = "وصل أمس ثم غادر أمس"
        sentences = {"s001": goldlib.Sentence("d.json", "4", "10", "29", text, ("2015-08-11",)),
                     "s002": goldlib.Sentence("d.json", "5", "0", "3", "لا", ("",))}
        with tempfile.TemporaryDirectory() as d:
            ann = Path(d) / "ann.tsv"
            ann.write_text("# comment\ns001\tأمس\t2\tDATE\t2015-08-10\t\ns002\t-\n", "utf-8")
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                goldlib.build_gold("# header", sentences, [str(ann)], goldlib.time_row, "T")
        self.assertEqual(out.getvalue().splitlines(), [
            "# header",
            f"S\ts001\td.json\t4\t10\t29\t{goldlib.sha8(text)}\t2015-08-11",
            f"T\ts001\t{text.rindex('أمس')}\t{len(text)}\tDATE\t2015-08-10\t",
            f"S\ts002\td.json\t5\t0\t3\t{goldlib.sha8('لا')}\t"])

    def test_unannotated_sentence_stops(self):
        sentences = {"s001": goldlib.Sentence("d.json", "4", "0", "2", "لا", ("",))}
        with tempfile.TemporaryDirectory() as d:
            ann = Path(d) / "ann.tsv"
            ann.write_text("", "utf-8")
            with self.assertRaises(SystemExit) as e, contextlib.redirect_stdout(io.StringIO()):
                goldlib.build_gold("# h", sentences, [str(ann)], goldlib.time_row, "T")
        self.assertEqual(e.exception.code, "not annotated: ['s001']")

    def test_sha8(self):
        self.assertEqual(goldlib.sha8("abc"), "a9993e36")


if __name__ == "__main__":
    unittest.main()
