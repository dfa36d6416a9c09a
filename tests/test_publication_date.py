"""Publication dates keep the precision the article gives (clean.publication_date), and an unreadable
header date is reported, not dropped silently."""

import pytest

from pressfacts.clean import clean, publication_date
from pressfacts.ingest import RawArticle

BODY = (
    "<p>Le conseil municipal de Lille a voté ce mardi une hausse des tarifs de la cantine pour toutes les écoles"
    " de la ville, après un long débat entre les élus de la majorité et ceux de l'opposition.</p>"
)


def html_page(head: str = "", first: str = "") -> RawArticle:
    html = f"<html><head><title>Cantine</title>{head}</head><body><article>{first}{BODY}</article></body></html>"
    return RawArticle(path="page.html", format="html", sha256="0", html=html)


@pytest.mark.parametrize(
    ("raw", "found", "published"),
    [
        # trafilatura pads a month-only clue to the 1st: the month is what is known
        (html_page(first="<p>date 2024-06</p>"), "2024-06-01", "2024-06"),
        (RawArticle(path="p.html", format="html", sha256="0", html="<p>x</p>", url="https://ex.fr/2024/06/cantine"),
         "2024-06-01", "2024-06"),
        (html_page(head='<meta name="date" content="2024-06">'), "2024-06-01", "2024-06"),
        # a year alone is padded to 1 January
        (html_page(first="<p>Publié en 2023</p>"), "2023-01-01", "2023"),
        # a real first of the month, written in the page, stays a day
        (html_page(head='<meta property="article:published_time" content="2024-06-01T08:00:00">'), "2024-06-01",
         "2024-06-01"),
        (html_page(first="<p>Publié le 1er juin 2024</p>"), "2024-06-01", "2024-06-01"),
        # a day other than the first is not padding
        (html_page(), "2024-06-18", "2024-06-18"),
    ],
)
def test_padded_dates_keep_their_real_precision(raw, found, published):
    assert publication_date(raw, found) == (published, [])


def test_month_only_page_gives_no_made_up_weekday(nlp):
    from pressfacts.extract import process

    [res] = list(process([html_page(first="<p>date 2024-06</p>")], nlp, languages=None))
    assert res.record.published == "2024-06"
    assert {d.text: d.value for d in res.record.dates}["ce mardi"] is None


@pytest.mark.parametrize("header", ["2024-13-45", "2024-02-30", "2024-00"])
def test_unreadable_header_date_is_warned(header):
    raw = RawArticle(path="a.txt", format="text", sha256="0", text="Le conseil a voté ce mardi.",
                     published=header, published_source="header")
    art = clean(raw)
    assert art.published is None and art.published_source is None
    assert art.warnings == [f"publication date {header!r} cannot be read as a date; ignored"]


def test_readable_header_has_no_warning():
    raw = RawArticle(path="a.txt", format="text", sha256="0", text="Le conseil a voté ce mardi.",
                     published="2024-06", published_source="header")
    art = clean(raw)
    assert (art.published, art.published_source, art.warnings) == ("2024-06", "header", [])
